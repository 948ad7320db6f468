import type { ChildProcess } from 'node:child_process';

/**
 * Sends `signal` to a child server if this process exits while the child still runs (a crash, an
 * uncaught error), so no PostgreSQL, Temporal or Node process is left behind. The orderly
 * shutdown stops children first; this is only the safety net.
 */
export function stopOnExit(child: ChildProcess, signal: NodeJS.Signals): void {
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.once('exit', stop);
  child.once('exit', () => process.removeListener('exit', stop));
}
