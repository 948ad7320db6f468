import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** Lints each source as if it were the file named beside it (nothing is written), with the project's ESLint config, in one ESLint process. */
function lintAll(cases: Array<[file: string, source: string]>): Array<{ errors: string[] }> {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint();
      const results = [];
      for (const [filePath, source] of cases) {
        const [result] = await eslint.lintText(source, { filePath });
        results.push({ errors: result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId + ': ' + m.message) });
      }
      process.stdout.write(JSON.stringify(results));
    })();`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const probe = (imports: string, names: string) => `${imports}\nexport const probe = [${names}];\n`;

// The architecture in eslint.config.mjs: domain ← contracts ← workflows/activities ← audit ← worker/API; web → domain/contracts.
describe('import rules', () => {
  it('refuse a wrong direction, a relative path into another library, and I/O in the domain', () => {
    const refused: Array<[string, string]> = [
      ['libs/domain/src/journey/probe.ts', probe("import { journeyWorkflowId } from '@venskab/contracts';", 'journeyWorkflowId')],
      ['libs/workflows/src/journey/probe.ts', probe("import { createActivities } from '@venskab/activities';", 'createActivities')],
      ['libs/activities/src/probe.ts', probe("import { journeyWorkflow } from '@venskab/workflows';", 'journeyWorkflow')],
      ['apps/api/src/probe.ts', probe("import { journeyWorkflow } from '@venskab/workflows';", 'journeyWorkflow')],
      ['web/src/probe.ts', probe("import { HistoryArchive } from '@venskab/audit/history-archive';", 'HistoryArchive')],
      ['libs/workflows/src/journey/probe.ts', probe("import { decide } from '../../../domain/src/journey';", 'decide')],
      ['libs/domain/src/journey/probe.ts', probe("import { Client } from '@temporalio/client';", 'Client')],
    ];
    for (const [index, result] of lintAll(refused).entries()) {
      expect({ file: refused[index][0], errors: result.errors }).toEqual({ file: refused[index][0], errors: [expect.stringMatching(/^no-restricted-imports: /)] });
    }
  }, 60_000);

  it('allow the directions the architecture names', () => {
    const allowed: Array<[string, string]> = [
      ['libs/workflows/src/journey/probe.ts', probe("import { decide } from '@venskab/domain/journey';\nimport { journeyWorkflowId } from '@venskab/contracts';", 'decide, journeyWorkflowId')],
      ['apps/api/src/probe.ts', probe("import { journeyWorkflowId } from '@venskab/contracts';", 'journeyWorkflowId')],
      ['web/src/probe.ts', probe("import { JOURNEY_STAGES } from '@venskab/domain/journey';", 'JOURNEY_STAGES')],
    ];
    expect(lintAll(allowed)).toEqual(allowed.map(() => ({ errors: [] })));
  }, 60_000);
});
