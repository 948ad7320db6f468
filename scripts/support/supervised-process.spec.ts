import { spawn } from 'node:child_process';
import { RestartPolicy } from './restart-policy';
import { RunningProcess, SupervisedProcess } from './supervised-process';

/** A real child process running `code`, stopped with SIGTERM. */
function nodeProcess(code: string): Promise<RunningProcess> {
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  const stop = () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))));
  return new Promise((resolve) => child.once('spawn', () => resolve({ process: child, stop })));
}

const quickPolicy = () => new RestartPolicy({ initialDelayMs: 10, maxDelayMs: 20, maxCrashes: 3, windowMs: 60_000 });

describe('SupervisedProcess', () => {
  it('restarts a crashing process with backoff and gives up once, with one line per crash', async () => {
    const lines: string[] = [];
    const gaveUp = new Promise<string>((resolve) => {
      void new SupervisedProcess({ name: 'crasher', start: () => nodeProcess('process.exit(3)'), log: (line) => lines.push(line), onGiveUp: resolve, policy: quickPolicy() }).start();
    });
    expect(await gaveUp).toBe('crasher keeps crashing (3 times in a short time); see its log above.');
    // A crasher may briefly count as back between its restart and its next crash.
    expect(lines.filter((line) => !line.includes(' is back '))).toEqual([
      'crasher died (exit code 3); restarting it in 0.01 s.',
      'crasher died (exit code 3); restarting it in 0.02 s.',
      'crasher died (exit code 3); giving up after 3 crashes in a short time.',
    ]);
  });

  it('says when a killed process is back after it is ready', async () => {
    const lines: string[] = [];
    const supervised = new SupervisedProcess({
      name: 'server',
      start: () => nodeProcess('setInterval(() => undefined, 1000)'),
      waitUntilReady: async () => undefined,
      log: (line) => lines.push(line),
      onGiveUp: () => undefined,
      policy: quickPolicy(),
    });
    const first = await supervised.start();
    first.process.kill('SIGKILL');
    while (lines.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lines).toEqual(['server died (killed by SIGKILL); restarting it in 0.01 s.', `server is back (pid ${supervised.current?.process.pid}).`]);
    expect(supervised.current?.process.pid).not.toBe(first.process.pid);
    await supervised.stop();
  });

  it('does not restart a process it stopped itself', async () => {
    const lines: string[] = [];
    const supervised = new SupervisedProcess({ name: 'server', start: () => nodeProcess('setInterval(() => undefined, 1000)'), log: (line) => lines.push(line), onGiveUp: () => undefined, policy: quickPolicy() });
    const running = await supervised.start();
    await supervised.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(running.process.signalCode).toBe('SIGTERM');
    expect(lines).toEqual([]);
    expect(supervised.current).toBe(running);
  });
});
