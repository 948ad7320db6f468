import { DefaultFailureConverter } from '@temporalio/common';

/**
 * Failures with their message and stack trace moved into a payload, which the codec encrypts: a
 * refusal's text names the child's situation as often as a result does. Loaded by path (in the
 * workflow bundle too), so this module imports nothing that workflow code may not.
 */
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
