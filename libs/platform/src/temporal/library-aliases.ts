import * as path from 'node:path';

/** The repository's libraries, importable everywhere as `@venskab/<name>` (tsconfig.base.json "paths" say the same for tsc). */
export const LIBRARIES = ['domain', 'contracts', 'workflows', 'activities', 'audit', 'read-model', 'platform'] as const;

const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../../..' : '../../../..');

/** `@venskab/<name>` → the library's source folder, for bundlers that read TypeScript sources (the workflow bundle). */
export function libraryAliases(): Record<string, string> {
  return Object.fromEntries(LIBRARIES.map((name) => [`@venskab/${name}`, path.join(REPO_ROOT, 'libs', name, 'src')]));
}
