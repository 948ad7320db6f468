import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { upsertSearchAttributes } from '@temporalio/workflow';
import { nextFamilyWakeUp } from '../../../domain/src/family';
import type { FamilyState } from '../../../domain/src/family';
import { SEARCH_ATTRIBUTES } from '../../../platform/src/temporal/search-attributes';

const STAGE_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.stage.name, SearchAttributeType.KEYWORD);
const NEXT_DUE_KEY = defineSearchAttributeKey(SEARCH_ATTRIBUTES.nextDueAt.name, SearchAttributeType.DATETIME);

/**
 * The same stage and next-due attributes the journeys use (filter by WorkflowType to tell them
 * apart); never the family's name or contact details, as search attributes are not encrypted.
 */
export function upsertFamilySearchAttributes(state: FamilyState): void {
  const wakeUp = nextFamilyWakeUp(state);
  upsertSearchAttributes([
    { key: STAGE_KEY, value: state.stage },
    { key: NEXT_DUE_KEY, value: wakeUp ? new Date(wakeUp) : null },
  ]);
}
