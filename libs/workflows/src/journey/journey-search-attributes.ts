import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { upsertSearchAttributes } from '@temporalio/workflow';
import { SEARCH_ATTRIBUTES } from '@venskab/contracts';
import type { JourneyProjection, JourneyWorkflowInput } from '@venskab/contracts';

export const STAGE_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.stage.name, SearchAttributeType.KEYWORD);
export const PROGRAMME_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.programme.name, SearchAttributeType.KEYWORD);
export const NEXT_DUE_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.nextDueAt.name, SearchAttributeType.DATETIME);
export const OVERDUE_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.overdue.name, SearchAttributeType.BOOL);
export const CASEWORKER_UNIT_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.caseworkerUnit.name, SearchAttributeType.KEYWORD);

/**
 * Keeps the journey's search attributes in step with its projected summary. Only non-personal
 * facts: stage, programme, timing and the caseworker's unit (search attributes are not encrypted).
 * An upsert is a history event and a visibility write, so it is only written when a value changed.
 */
export function journeySearchAttributeSync(input: JourneyWorkflowInput): (summary: JourneyProjection['summary']) => void {
  let lastWritten: string | null = null;
  return (summary) => {
    const key = JSON.stringify([summary.stage, summary.overdue, summary.nextDueAt]);
    if (key === lastWritten) return;
    lastWritten = key;
    upsertSearchAttributes([
      { key: STAGE_KEY, value: summary.stage },
      { key: PROGRAMME_KEY, value: input.programme },
      { key: CASEWORKER_UNIT_KEY, value: input.referral.child.caseworkerUnit },
      { key: OVERDUE_KEY, value: summary.overdue },
      { key: NEXT_DUE_KEY, value: summary.nextDueAt ? new Date(summary.nextDueAt) : null },
    ]);
  };
}
