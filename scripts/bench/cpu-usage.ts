import * as fs from 'node:fs';

/** CPU seconds used so far by the processes of each part of the stack on this machine (Linux /proc). */
export type CpuSeconds = Record<'benchAndWorker' | 'temporalServer' | 'postgres', number>;

const TICKS_PER_SECOND = 100;

/** utime + stime of one process, in seconds; 0 for a process that has gone. */
function processCpuSeconds(pid: string): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function commandName(pid: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * A snapshot to subtract from a later one. PostgreSQL backends come and go with connections; a
 * backend that exits between two snapshots drops out, so pools must stay open through a phase
 * (they do: the worker's and the bench's connections live for the whole run).
 */
export function cpuSnapshot(): CpuSeconds {
  const usage: CpuSeconds = { benchAndWorker: processCpuSeconds(String(process.pid)), temporalServer: 0, postgres: 0 };
  if (!fs.existsSync('/proc/self/stat')) return usage;
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const name = commandName(pid);
    if (name === 'temporal') usage.temporalServer += processCpuSeconds(pid);
    else if (name === 'postgres') usage.postgres += processCpuSeconds(pid);
  }
  return usage;
}

export function cpuUsedSince(start: CpuSeconds, end: CpuSeconds = cpuSnapshot()): CpuSeconds {
  return {
    benchAndWorker: end.benchAndWorker - start.benchAndWorker,
    temporalServer: end.temporalServer - start.temporalServer,
    postgres: end.postgres - start.postgres,
  };
}
