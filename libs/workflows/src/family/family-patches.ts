import * as wf from '@temporalio/workflow';
import { LASTING_WAKE_ALARM_PATCH } from '../wake-alarm';

/**
 * Families that applied since this patch take every change below at once, with one marker (each
 * patch marker also upserts Temporal's change-version search attribute, a visibility write).
 */
export const FAMILY_CHANGES_OF_2026_11 = 'family-changes-of-2026-11';

/** How this run of a family behaves, by the patches its history holds. Asked once, at the start. */
export interface FamilyPatches {
  /** Families that applied before the journey links keep their old behaviour: their histories replay without it. */
  linksJourneys: boolean;
  /** One lasting alarm instead of a fresh timer on every pass of the loop (see wake-alarm.ts). */
  waitsWithLastingAlarm: boolean;
  /** Search attributes are upserted only when a value changed; earlier families upserted after every projection. */
  upsertsSearchAttributesOnChange: boolean;
  /** Notices are signalled to the journey's workflow directly; earlier families sent each through an activity. */
  signalsJourneys: boolean;
}

/** Every patch is asked for here, at the start, so its marker sits in the first workflow task on every replay. */
export function familyPatches(): FamilyPatches {
  if (wf.patched(FAMILY_CHANGES_OF_2026_11)) {
    return { linksJourneys: true, waitsWithLastingAlarm: true, upsertsSearchAttributesOnChange: true, signalsJourneys: true };
  }
  return {
    linksJourneys: wf.patched('family-links'),
    waitsWithLastingAlarm: wf.patched(LASTING_WAKE_ALARM_PATCH),
    upsertsSearchAttributesOnChange: false,
    signalsJourneys: false,
  };
}
