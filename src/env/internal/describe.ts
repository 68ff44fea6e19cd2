/** A short text for a message or choice in labels and error messages. */
export function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const parts = Object.entries(value).filter(([k]) => k !== 'id').map(([k, v]) => `${k}=${v}`);
  return `{${parts.join(', ')}}`;
}
