import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { upsertSearchAttributes } from '@temporalio/workflow';
import { nextFamilyWakeUp } from '@venskab/domain/family';
import type { FamilyState } from '@venskab/domain/family';
import { SEARCH_ATTRIBUTES } from '@venskab/contracts';

const STAGE_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.stage.name, SearchAttributeType.KEYWORD);
const NEXT_DUE_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.nextDueAt.name, SearchAttributeType.DATETIME);

/**
 * Keeps the same stage and next-due attributes the journeys use (filter by WorkflowType to tell them
 * apart); never the family's name or contact details, as search attributes are not encrypted. An
 * upsert is a history event and a visibility write, so an unchanged pair is skipped.
 */
export function familySearchAttributeSync(): (state: FamilyState) => void {
  let lastWritten: string | null = null;
  return (state) => {
    const wakeUp = nextFamilyWakeUp(state);
    const key = `${state.stage} ${wakeUp ?? ''}`;
    if (key === lastWritten) return;
    lastWritten = key;
    upsertSearchAttributes([
      { key: STAGE_KEY, value: state.stage },
      { key: NEXT_DUE_KEY, value: wakeUp ? new Date(wakeUp) : null },
    ]);
  };
}
