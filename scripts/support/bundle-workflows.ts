// Bundles the compiled workflow code into one file at build time (`npm start` and `npm test` run it
// when the workflow sources changed), so a worker that starts need not bundle: see scripts/venskab.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleWorkflows } from '@venskab/platform/temporal/workflow-bundle';
import { workflowsPath } from '../../apps/worker/src/create-worker';

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new Error('usage: node dist/scripts/support/bundle-workflows.js <output file>');
  const bundle = await bundleWorkflows(workflowsPath());
  // Written next to the target and renamed, so a worker starting meanwhile never reads half a file.
  const partial = `${target}.partial`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(partial, bundle.code);
  fs.renameSync(partial, target);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
