import { bundleWorkflowCode, DefaultLogger, WorkflowBundle } from '@temporalio/worker';
import { FAILURE_CONVERTER_PATH } from '../codec/data-converter';
import { libraryAliases } from './library-aliases';

/**
 * Bundles workflow code for a worker or a replay. The bundler resolves the `@venskab/*` imports of
 * TypeScript sources itself (compiled code in dist has them rewritten to relative paths already).
 * It reports every module at INFO, so only its warnings are logged. Failures leave the workflow
 * with their message encoded (see codec/failure-converter), as the workers' own do.
 */
export function bundleWorkflows(workflowsPath: string): Promise<WorkflowBundle> {
  return bundleWorkflowCode({
    workflowsPath,
    failureConverterPath: FAILURE_CONVERTER_PATH,
    logger: new DefaultLogger('WARN'),
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string> | undefined), ...libraryAliases() } },
    }),
  });
}
