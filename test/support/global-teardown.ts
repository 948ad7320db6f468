export default async function globalTeardown(): Promise<void> {
  const steps = ((globalThis as Record<string, unknown>).__venskabTeardown ?? []) as Array<() => Promise<void>>;
  for (const step of steps) await step();
}
