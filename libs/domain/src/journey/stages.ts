/**
 * Where a child's journey is. 'referred' is the journey's first stage: the referral has been
 * submitted but not yet accepted (a refused referral leaves the journey there and the workflow ends).
 * 'one_year_review' means the review has been held and the parties are deciding how to go on.
 * 'continuing' is the formal end of the course with a future agreement; the relationship goes on privately.
 */
export const JOURNEY_STAGES = [
  'referred',
  'awaiting_consent',
  'screening',
  'matching',
  'friendship_meeting_scheduled',
  'active',
  'one_year_review',
  'continuing',
  'closing',
  'closed',
  'lapsed',
  'withdrawn',
] as const;

export type JourneyStage = (typeof JOURNEY_STAGES)[number];

/** Stages after which nothing about the course changes any more (see decide for the few records still allowed). */
export const FINAL_STAGES: readonly JourneyStage[] = ['closed', 'lapsed', 'withdrawn'];

/** Stages with a friendship running week by week: visits, logbooks, supervision, follow-ups. */
export const VISITING_STAGES: readonly JourneyStage[] = ['active', 'one_year_review'];

export function isFinalStage(stage: JourneyStage): boolean {
  return FINAL_STAGES.includes(stage);
}
