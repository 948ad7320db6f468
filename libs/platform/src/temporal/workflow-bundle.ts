import { bundleWorkflowCode, DefaultLogger, WorkflowBundle } from '@temporalio/worker';
import { libraryAliases } from './library-aliases';

/**
 * Bundles workflow code for a worker or a replay. The bundler resolves the `@venskab/*` imports of
 * TypeScript sources itself (compiled code in dist has them rewritten to relative paths already).
 * It reports every module at INFO, so only its warnings are logged.
 */
export function bundleWorkflows(workflowsPath: string): Promise<WorkflowBundle> {
  return bundleWorkflowCode({
    workflowsPath,
    logger: new DefaultLogger('WARN'),
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string> | undefined), ...libraryAliases() } },
    }),
  });
}
