/**
 * Parsers for option values. Each rejects a bad value with a message that
 * says what the option expects; commander adds the option's name, and the
 * CLI exits with code 2.
 */
import { InvalidArgumentError } from 'commander';

/** Accumulates `--param name=value` into a record (a later value for a name wins). */
export function parseParam(
  value: string,
  previous: Readonly<Record<string, string>>,
): Record<string, string> {
  const at = value.indexOf('=');
  const name = at > 0 ? value.slice(0, at).trim() : '';
  const raw = at > 0 ? value.slice(at + 1).trim() : '';
  if (name === '' || raw === '') {
    throw new InvalidArgumentError('expected name=value, for example --param rm=3');
  }
  return { ...previous, [name]: raw };
}

/** A non-negative integer such as a bound. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(n) || n < 0) {
    throw new InvalidArgumentError('expected a whole number, 0 or more');
  }
  return n;
}

/** A non-negative number of seconds. */
export function parseSeconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new InvalidArgumentError('expected a number of seconds, 0 or more');
  }
  return n;
}

/** Accumulates a repeatable option into a list. */
export function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}
