import type { Actor, ClosureReason, ConcernOutcome, Instant, ReminderKind, Role } from '@venskab/domain/journey';

/** The plain words the timeline uses for the domain's codes. */

const ROLE_WORDS: Record<Role, string> = {
  caseworker: 'caseworker',
  coordinator: 'coordinator',
  volunteer_family: 'volunteer family member',
  parent: 'parent',
  programme_manager: 'programme manager',
  auditor: 'auditor',
  system: 'the system',
};

export const CLOSURE_REASON_WORDS: Record<ClosureReason, string> = {
  parents_stopped: 'the parents stopped',
  parents_unresponsive: 'the parents stopped answering',
  relationship_did_not_take: 'the relationship did not take',
  family_life_changed: "the family's life changed",
  family_moved: 'the family moved away',
  child_said_no: 'the child said no',
  safeguarding_concern: 'of a safeguarding concern',
  family_ended_course: 'the family ended the course',
  programme_completed: 'the programme was completed',
};

export const CONCERN_OUTCOME_WORDS: Record<ConcernOutcome, string> = {
  no_action: 'no action needed',
  talk_with_family: 'a talk with the family',
  notification_to_municipality: 'a notification to the municipality',
};

/**
 * Reminders that fire when a deadline has already passed (the others fire ahead of or at a due
 * moment to prompt someone). The evaluation asks for these: they are where the programme failed its own timing.
 */
export const MISSED_DEADLINE_REMINDERS: readonly ReminderKind[] = ['screening_overdue', 'review_overdue', 'concern_escalation', 'matching_escalation'];

export function who(actor: Actor): string {
  return actor.role === 'system' ? ROLE_WORDS.system : `${ROLE_WORDS[actor.role] ?? actor.role} ${actor.userId}`;
}

export function roleWords(role: Role): string {
  return ROLE_WORDS[role] ?? role;
}

/** "On 2025-01-06 at 09:00:00 UTC": to the second, since compressed programme days are short. */
export function when(at: Instant): string {
  const iso = new Date(at).toISOString();
  return `On ${iso.slice(0, 10)} at ${iso.slice(11, 19)} UTC`;
}

export function dateOf(at: Instant): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** A free text quoted inside a sentence, without its own closing full stop. */
export function quoted(text: string): string {
  return `"${text.trim().replace(/[.!]+$/, '')}"`;
}
