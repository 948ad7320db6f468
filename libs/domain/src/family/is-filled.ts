/** A required text: present and not just whitespace. */
export function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
