import type { Readable } from 'node:stream';

const COLOURS = [36, 35, 33, 32, 34];

/** Writes a child's output line by line with a `[name]` prefix, so interleaved logs stay readable. */
export function prefixLines(name: string, index: number, stream: Readable | null, write: (line: string) => void): void {
  if (!stream) return;
  const prefix = process.stdout.isTTY ? `\u001b[${COLOURS[index % COLOURS.length]}m[${name}]\u001b[0m` : `[${name}]`;
  let pending = '';
  stream.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') write(`${prefix} ${line}`);
  });
  stream.on('end', () => {
    if (pending.trim() !== '') write(`${prefix} ${pending}`);
  });
}
