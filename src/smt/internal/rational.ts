/**
 * Exact rational numbers for constant folding. The prover reasons about the
 * mathematical values a threshold function means, so `0.1` is one tenth and
 * `n / 3` is exact; JavaScript's floating-point rounding is not modelled.
 */

/** A rational number `num / den` in lowest terms with `den > 0`. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Builds `num / den` in lowest terms; `den` must not be zero. */
export function rational(num: bigint, den = 1n): Rational {
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** Parses a numeric literal's text exactly (decimal, exponent, hex, binary, octal). */
export function parseLiteral(text: string): Rational | undefined {
  const clean = text.replaceAll('_', '');
  if (/^0[xob]/i.test(clean)) return rational(BigInt(clean));
  const match = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(clean);
  if (match === null) return undefined;
  const [, whole = '', frac = '', exp = '0'] = match;
  const digits = BigInt((whole + frac) || '0');
  const scale = BigInt(exp) - BigInt(frac.length);
  return scale >= 0n ? rational(digits * 10n ** scale) : rational(digits, 10n ** -scale);
}

/** Whether the value is an integer. */
export function isIntegral(r: Rational): boolean {
  return r.den === 1n;
}

/** `a + b`. */
export function addR(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** `a * b`. */
export function mulR(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** `-a`. */
export function negR(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}

/** `a / b`; `b` must not be zero. */
export function divR(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}

/** The largest integer not above `a`. */
export function floorR(a: Rational): Rational {
  const q = a.num / a.den;
  return rational(a.num < 0n && q * a.den !== a.num ? q - 1n : q);
}

/** Compares `a` with `b`: negative, zero or positive. */
export function compareR(a: Rational, b: Rational): number {
  const diff = a.num * b.den - b.num * a.den;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** JavaScript's `a % b` on integers (the sign follows `a`). */
export function remR(a: Rational, b: Rational): Rational {
  return rational(a.num % b.num);
}

/** `a ** k` for a non-negative integer exponent. */
export function powR(a: Rational, k: bigint): Rational {
  return rational(a.num ** k, a.den ** k);
}

/** The nearest JavaScript number. */
export function toNumber(r: Rational): number {
  return r.den === 1n ? Number(r.num) : Number(r.num) / Number(r.den);
}

/** The value as text: `7`, `-3`, `1/3`. */
export function formatR(r: Rational): string {
  return r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`;
}
