import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { patched, upsertSearchAttributes } from '@temporalio/workflow';
import { SEARCH_ATTRIBUTES } from '../../../platform/src/temporal/search-attributes';
import type { JourneyProjection } from '../../../activities/src/journey/journey-projection';
import type { JourneyWorkflowInput } from './journey-messages';

export const STAGE_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.stage.name, SearchAttributeType.KEYWORD);
export const PROGRAMME_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.programme.name, SearchAttributeType.KEYWORD);
export const NEXT_DUE_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.nextDueAt.name, SearchAttributeType.DATETIME);
export const OVERDUE_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.overdue.name, SearchAttributeType.BOOL);
export const CASEWORKER_UNIT_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.caseworkerUnit.name, SearchAttributeType.KEYWORD);

/** Journeys recorded before this patch upserted after every projection; replaying them must do the same. */
const UPSERT_ONLY_ON_CHANGE = 'search-attributes-only-on-change';

/**
 * Keeps the journey's search attributes in step with its projected summary. Only non-personal
 * facts: stage, programme, timing and the caseworker's unit (search attributes are not encrypted).
 * An upsert is a history event, so it is only written when a value changed.
 */
export function searchAttributeSync(
  input: JourneyWorkflowInput,
  /**
   * Journeys started since 'search-attributes-decided-at-start' (see journey-patches.ts) upsert only on
   * change. The older patch above is asked for after a projection, and where the workflow is after a
   * local activity depends on how long it took, so on replay its marker may sit in another workflow
   * task: only journeys from before the newer patch ask for it.
   */
  decidedAtStart: boolean,
): (summary: JourneyProjection['summary']) => void {
  let lastWritten: string | null = null;
  const upsertsOnlyOnChange = () => decidedAtStart || patched(UPSERT_ONLY_ON_CHANGE);
  return (summary) => {
    const values = [summary.stage, input.programme, input.referral.child.caseworkerUnit, summary.overdue, summary.nextDueAt];
    const key = JSON.stringify(values);
    if (key === lastWritten && upsertsOnlyOnChange()) return;
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
