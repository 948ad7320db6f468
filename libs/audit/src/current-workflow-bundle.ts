import type { WorkflowBundle } from '@temporalio/worker';
import { bundleWorkflows } from '@venskab/platform/temporal/workflow-bundle';

let bundle: Promise<WorkflowBundle> | undefined;

/**
 * The workflow code this process would run, bundled once per process (bundling takes seconds) and
 * shared by every replay. A failed bundling is not cached, so the next replay tries again.
 */
export function currentWorkflowBundle(): Promise<WorkflowBundle> {
  bundle ??= bundleWorkflows(require.resolve('../../workflows/src/index')).catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}
