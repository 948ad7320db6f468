import type { FamilyCommandType } from '../family/family-commands';
import type { JourneyCommandType } from '../journey/commands';
import type { FamilyTaskKind, JourneyTaskKind } from './task-kinds';

interface JourneyClosingAction {
  aggregate: 'journey';
  /** The command(s) whose event closes the task. */
  commands: JourneyCommandType[];
  /** The action in words. */
  does: string;
}

interface FamilyClosingAction {
  aggregate: 'family';
  commands: FamilyCommandType[];
  does: string;
}

export type ClosingAction = JourneyClosingAction | FamilyClosingAction;

/**
 * What closes each kind of task. Every kind is closed by a domain event (its tasks are part of the
 * aggregate's state and projected from it), so none is ticked off by hand: a task only the read model
 * closed would disagree with the workflow, and a rebuild of the read model would open it again.
 */
export const TASK_CLOSED_BY: Record<JourneyTaskKind, JourneyClosingAction> & Record<FamilyTaskKind, FamilyClosingAction> = {
  consent_reminder: { aggregate: 'journey', commands: ['GiveConsent', 'RefuseConsent'], does: "recording the custody holders' answer" },
  screening_overdue: { aggregate: 'journey', commands: ['RecordScreeningVisit'], does: 'recording the screening visit' },
  matching_reminder: { aggregate: 'journey', commands: ['ProposeMatch', 'AcceptMatch'], does: 'a match both sides accept' },
  matching_escalation: { aggregate: 'journey', commands: ['ProposeMatch', 'AcceptMatch'], does: 'a match both sides accept' },
  logbook_missing: { aggregate: 'journey', commands: ['WriteLogbookEntry'], does: "the family's logbook entry for that week" },
  logbook_screening: { aggregate: 'journey', commands: ['ScreenLogbooks'], does: 'screening the logbooks' },
  stability_alert: { aggregate: 'journey', commands: ['ScreenLogbooks'], does: 'screening the logbooks (and following up)' },
  supervision: { aggregate: 'journey', commands: ['RecordSupervision'], does: 'recording the supervision session as held or missed' },
  follow_up_child: { aggregate: 'journey', commands: ['RecordFollowUp'], does: 'recording the follow-up with the child' },
  follow_up_parents: { aggregate: 'journey', commands: ['RecordFollowUp'], does: 'recording the follow-up with the parents' },
  review_upcoming: { aggregate: 'journey', commands: ['RecordOneYearReview'], does: 'recording the one-year review' },
  review_overdue: { aggregate: 'journey', commands: ['RecordOneYearReview'], does: 'recording the one-year review' },
  concern_assessment: { aggregate: 'journey', commands: ['AssessConcern'], does: 'assessing the concern' },
  concern_escalation: { aggregate: 'journey', commands: ['AssessConcern'], does: 'assessing the concern' },
  goodbye: { aggregate: 'journey', commands: ['RecordGoodbye'], does: 'recording the goodbye' },
  bridge_building: { aggregate: 'journey', commands: ['RecordBridgeBuilding'], does: 'recording whether the child moved on to organised leisure' },
  post_end_measurement: { aggregate: 'journey', commands: ['RecordPostEndMeasurement'], does: 'recording the measurement six months after the end' },
  family_application_follow_up: { aggregate: 'family', commands: ['RecordHomeVisit'], does: 'recording the home visit' },
  family_long_wait: { aggregate: 'family', commands: ['ReserveForJourney', 'Pause'], does: 'proposing the family for a child, or pausing it' },
};
