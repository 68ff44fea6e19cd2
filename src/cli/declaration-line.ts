/**
 * Finding where a property or lemma is declared, by searching the source
 * text for its name written as an object key (`Agreement: (s) => ...`,
 * `'decision-reachable': {`) or a method (`Agreement(s) {`), so reports can
 * point at the line. A name built at run time, or written only through a
 * spread or a variable, is not found; the report then points at the file.
 */

/** The 1-based line of each name's first declaration in `source`; names not found are left out. */
export function declarationLines(source: string, names: readonly string[]):
  Record<string, number> {
  const lines = source.split(/\r?\n/);
  const found: Record<string, number> = {};
  for (const name of names) {
    const key = escapeRegExp(name);
    const pattern = new RegExp(`^\\s*(?:${key}|'${key}'|"${key}")\\s*(?:\\??:|\\()`);
    const index = lines.findIndex((line) => pattern.test(line));
    if (index >= 0) found[name] = index + 1;
  }
  return found;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
