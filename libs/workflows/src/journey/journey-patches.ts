import * as wf from '@temporalio/workflow';
import { LASTING_WAKE_ALARM_PATCH } from '../wake-alarm';

/**
 * Journeys started since this patch take every change below at once, with one marker. Each patch
 * marker also upserts Temporal's change-version search attribute (a visibility write), so a journey
 * that asked for the four patches one by one started with four markers and four upserts.
 */
export const JOURNEY_CHANGES_OF_2026_11 = 'journey-changes-of-2026-11';
/** Journeys started since this patch answer a command before projecting it (see journey-workflow.ts). */
export const JOURNEY_CHANGES_OF_2026_12 = 'journey-changes-of-2026-12';

/** How this run of a journey behaves, by the patches its history holds. Asked once, at the start. */
export interface JourneyPatches {
  /** Journeys started before the family links keep their old behaviour: their histories replay without it. */
  linksFamily: boolean;
  /** A courier of its own tells the family; earlier journeys sent from the main loop. */
  courierTellsFamily: boolean;
  /** The courier signals the family's workflow itself; earlier journeys sent each effect through an activity. */
  courierSignalsFamily: boolean;
  /** One lasting alarm instead of a fresh timer on every pass of the loop (see wake-alarm.ts). */
  waitsWithLastingAlarm: boolean;
  /** Search attributes are upserted only when a value changed, decided at the start (see journey-search-attributes.ts). */
  searchAttributesDecidedAtStart: boolean;
  /**
   * A command is answered without waiting for its projection; a projection courier writes what
   * accumulated within `projectionDelayMs` in one local activity. Earlier journeys projected every
   * step before answering.
   */
  projectsInBatches: boolean;
}

/**
 * A patch marker must sit in the same workflow task on every replay, and where the loop is after a
 * local activity depends on how long that activity took: so every patch is asked for here, before
 * the first projection. Histories from before the combined patch replay with their own markers.
 */
export function journeyPatches(): JourneyPatches {
  const sinceNovember = { linksFamily: true, courierTellsFamily: true, courierSignalsFamily: true, waitsWithLastingAlarm: true, searchAttributesDecidedAtStart: true };
  // New journeys record only the newest marker; histories of older journeys hold one of the older ones.
  if (wf.patched(JOURNEY_CHANGES_OF_2026_12)) return { ...sinceNovember, projectsInBatches: true };
  if (wf.patched(JOURNEY_CHANGES_OF_2026_11)) return { ...sinceNovember, projectsInBatches: false };
  const searchAttributesDecidedAtStart = wf.patched('search-attributes-decided-at-start');
  const linksFamily = wf.patched('family-links');
  const courierTellsFamily = linksFamily && wf.patched('family-courier');
  const waitsWithLastingAlarm = wf.patched(LASTING_WAKE_ALARM_PATCH);
  return { linksFamily, courierTellsFamily, courierSignalsFamily: false, waitsWithLastingAlarm, searchAttributesDecidedAtStart, projectsInBatches: false };
}
