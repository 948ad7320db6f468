// Lets `npm start` skip a build whose inputs have not changed since it last ran (Node built-ins only).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.git']);

function* filesUnder(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return;
  if (!stats.isDirectory()) {
    yield [path, stats];
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (!SKIPPED_FOLDERS.has(entry)) yield* filesUnder(join(path, entry));
  }
}

/** A hash of the name, size and modification time of every input file: cheap, and any edit changes it. */
export function fingerprint(root, inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const [file, stats] of filesUnder(join(root, input))) hash.update(`${relative(root, file)}\0${stats.size}\0${stats.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export function isUpToDate(stampFile, currentFingerprint) {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === currentFingerprint;
}

export function writeStamp(stampFile, currentFingerprint) {
  writeFileSync(stampFile, currentFingerprint);
}
