import { bundleWorkflowCode, DefaultLogger, WorkflowBundle } from '@temporalio/worker';

let bundle: Promise<WorkflowBundle> | undefined;

/**
 * The workflow code this process would run, bundled once per process (bundling takes seconds) and
 * shared by every replay. A failed bundling is not cached, so the next replay tries again.
 */
export function currentWorkflowBundle(): Promise<WorkflowBundle> {
  bundle ??= bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows/src/index'),
    // The bundler reports every module at INFO; only its problems matter here.
    logger: new DefaultLogger('WARN'),
  }).catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}
