import * as fs from 'node:fs';
import * as path from 'node:path';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One running stack per data folder: a second start would share PostgreSQL's and Temporal's
 * files with the first. A lock left by a crashed run (its pid is gone) is taken over.
 */
export function acquireInstanceLock(dataDir: string): { release(): void } | { heldBy: number } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'venskab.pid');
  if (fs.existsSync(file)) {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) return { heldBy: pid };
  }
  fs.writeFileSync(file, String(process.pid));
  const release = () => {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file);
  };
  // Also when the process ends without its orderly shutdown (e.g. its terminal went away).
  process.once('exit', release);
  return { release };
}
