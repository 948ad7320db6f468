import type { ChildProcess } from 'node:child_process';
import { RestartPolicy } from './restart-policy';

/** One running instance of a supervised server: its process and how to stop it gently. */
export interface RunningProcess {
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface SupervisedProcessOptions {
  name: string;
  /** Starts an instance and resolves once it runs (rejects if it could not start). */
  start(): Promise<RunningProcess>;
  /** Resolves once the current instance does its job (e.g. the worker polls); awaited after a restart. */
  waitUntilReady?(): Promise<void>;
  log(line: string): void;
  /** Called once when the process keeps crashing: the stack cannot run without it. */
  onGiveUp(reason: string): void;
  policy?: RestartPolicy;
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/** Keeps one server process running: restarts it with backoff when it dies, until `stop()`. */
export class SupervisedProcess {
  private running: RunningProcess | null = null;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private readonly policy: RestartPolicy;

  constructor(private readonly options: SupervisedProcessOptions) {
    this.policy = options.policy ?? new RestartPolicy();
  }

  get name(): string {
    return this.options.name;
  }

  get current(): RunningProcess | null {
    return this.running;
  }

  async start(): Promise<RunningProcess> {
    const running = await this.options.start();
    this.watch(running);
    return running;
  }

  /** From now on an exit is expected: no restart (also not one already scheduled). */
  stopRestarting(): void {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
  }

  async stop(): Promise<void> {
    this.stopRestarting();
    await this.running?.stop();
  }

  private watch(running: RunningProcess): void {
    this.running = running;
    running.process.once('exit', (code, signal) => {
      if (!this.stopping) this.afterCrash(`died (${describeExit(code, signal)})`);
    });
  }

  private afterCrash(what: string): void {
    const decision = this.policy.onCrash(Date.now());
    if (decision.giveUp) {
      this.options.log(`${this.name} ${what}; giving up after ${decision.crashes} crashes in a short time.`);
      this.options.onGiveUp(`${this.name} keeps crashing (${decision.crashes} times in a short time); see its log above.`);
      return;
    }
    this.options.log(`${this.name} ${what}; restarting it in ${decision.delayMs / 1000} s.`);
    this.restartTimer = setTimeout(() => void this.restart(), decision.delayMs);
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    let running: RunningProcess;
    try {
      running = await this.options.start();
    } catch (error) {
      if (!this.stopping) this.afterCrash(`did not start again (${(error as Error).message})`);
      return;
    }
    this.watch(running);
    if (this.stopping) return void (await running.stop());
    try {
      await this.options.waitUntilReady?.();
    } catch (error) {
      // Not ready in time: if it then dies, the exit handler restarts it; if it hangs, say so.
      this.options.log(`${this.name} was restarted but is not ready: ${(error as Error).message}`);
      return;
    }
    const stillRunning = running.process.exitCode === null && running.process.signalCode === null;
    if (!this.stopping && this.running === running && stillRunning) this.options.log(`${this.name} is back (pid ${running.process.pid}).`);
  }
}
