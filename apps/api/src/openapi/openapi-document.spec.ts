import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const CHECKED_IN = path.join(ROOT, 'web', 'src', 'api', 'openapi.json');
const BUILD_DIR = path.join(ROOT, '.test-artifacts', 'openapi-build');

/**
 * The UI's types are generated from web/src/api/openapi.json (web/src/api/schema.d.ts); both are
 * checked in. This fails when the controllers or DTOs changed and the document was not regenerated.
 *
 * The document is built by scripts/openapi-document.ts compiled with tsc, as the API itself is
 * (npm run build): jest's swc transform emits different design-type metadata for properties without
 * a type annotation (e.g. `limit = 50` becomes Object, not Number), so the document would differ
 * from the one the running API serves.
 */
describe('web/src/api/openapi.json', () => {
  it('is the document the code builds now (regenerate with: npm run openapi)', () => {
    fs.rmSync(BUILD_DIR, { recursive: true, force: true });
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD_DIR], { cwd: ROOT, stdio: 'pipe' });
    execFileSync(process.execPath, [require.resolve('tsc-alias/dist/bin/index.js'), '-p', 'tsconfig.build.json', '--outDir', BUILD_DIR], { cwd: ROOT, stdio: 'pipe' });
    const built = execFileSync(process.execPath, [path.join(BUILD_DIR, 'scripts', 'openapi-document.js'), '--stdout'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const checkedIn = fs.readFileSync(CHECKED_IN, 'utf8');
    expect(JSON.parse(checkedIn)).toEqual(JSON.parse(built));
    expect(checkedIn).toBe(built);
  }, 120_000);
});
