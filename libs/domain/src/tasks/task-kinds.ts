import { REMINDER_KINDS } from '../journey/events';

/** The tasks a journey opens: one for each reminder, and those its own events open. */
export const JOURNEY_TASK_KINDS = [...REMINDER_KINDS, 'stability_alert', 'concern_assessment', 'goodbye', 'bridge_building'] as const;

/** The tasks a family opens: the application's follow-up and the flag of a long wait. */
export const FAMILY_TASK_KINDS = ['family_application_follow_up', 'family_long_wait'] as const;

/** Tasks the journey opens once a visit week (a missing logbook, the week's screening): counted in weeks. */
export const WEEKLY_TASK_KINDS = ['logbook_missing', 'logbook_screening'] as const satisfies readonly (typeof JOURNEY_TASK_KINDS)[number][];

/** Every kind of task: a task of any other kind does not compile. */
export const TASK_KINDS = [...JOURNEY_TASK_KINDS, ...FAMILY_TASK_KINDS] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
export type JourneyTaskKind = (typeof JOURNEY_TASK_KINDS)[number];
export type FamilyTaskKind = (typeof FAMILY_TASK_KINDS)[number];

/** For kinds read back from outside (the read model), which may be of a kind no longer opened. */
export function isTaskKind(kind: string): kind is TaskKind {
  return (TASK_KINDS as readonly string[]).includes(kind);
}
