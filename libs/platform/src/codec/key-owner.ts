import type { SerializationContext } from '@temporalio/common';

/** Payloads that belong to no journey or family (none today but benchmarks): one key for the programme. */
export const PROGRAMME_KEY_OWNER = 'programme';

const PERSONAL_WORKFLOW = /^(journey|family)-.+$/;

/**
 * Whose data key encrypts a payload: the workflow it belongs to. The SDK names it in the
 * serialization context: the target workflow for a client call, a child or a signalled workflow,
 * the scheduling workflow for an activity. A child's journey (`journey-<id>`) and a family
 * (`family-<id>`) each have their own key.
 */
export function keyOwnerOf(context: SerializationContext | undefined): string {
  const workflowId = context?.workflowId;
  return workflowId && PERSONAL_WORKFLOW.test(workflowId) ? workflowId : PROGRAMME_KEY_OWNER;
}

/** "journey 1234" for errors and logs. */
export function describeOwner(owner: string): string {
  const match = /^(journey|family)-(.+)$/.exec(owner);
  return match ? `${match[1]} ${match[2]}` : owner;
}
