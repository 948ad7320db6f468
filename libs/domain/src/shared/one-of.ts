/** Whether a value from outside (a command's field) is one of a vocabulary's words. */
export function isOneOf<T extends string>(words: readonly T[], value: unknown): value is T {
  return (words as readonly unknown[]).includes(value);
}
