import type { CancelledBy, ClosureReason, ConcernOutcome } from '@venskab/domain/journey';

/**
 * Every rate the programme simulator draws from, each with where it comes from. "seeds/…" names a
 * programme document in /work/shared/seeds (see /work/shared/domain.md); "ours" marks a figure no
 * source gives, chosen to be plausible and to exercise every path the domain allows. Shares are
 * probabilities; durations are programme days. Changing a figure here changes the whole simulation.
 */
export interface Rate<T> {
  value: T;
  source: string;
}

const rate = <T>(value: T, source: string): Rate<T> => ({ value, source });
const OURS = 'ours';

export const SIMULATION_RATES = {
  // Referral and consent (domain.md §2: reminder after 30 days, lapse after 60 — ours).
  consentGiven: rate(0.86, OURS),
  consentRefused: rate(0.06, `${OURS}; the rest never answer and the referral lapses`),
  consentDaysMean: rate(9, `${OURS}; the reminder at 30 days (domain.md, ours) catches the slow ones`),
  // Screening visit (domain.md §3: due within 14 days of consent — ours).
  screeningDaysMin: rate(2, OURS),
  screeningDaysMax: rate(17, `${OURS}; past 14 days a reminder fires (domain.md)`),
  endedBeforeMatch: rate(0.03, `${OURS}: parents stop or the child says no while waiting for a family`),
  // Matching (seeds/001 Hjem til Os: parents and caseworkers praised the short wait; longer waits only for children with special needs).
  specialNeeds: rate(0.12, `${OURS}; seeds/001 names the group, not its size`),
  waitDaysMean: rate(18, `${OURS}; seeds/001: "kort ventetid" without a figure`),
  waitDaysMeanSpecialNeeds: rate(75, `${OURS}; seeds/001: longer waits only for children with special needs`),
  proposalDeclined: rate(0.08, `${OURS}: either side may decline (domain.md §4)`),
  meetingDaysAfterMatch: rate({ min: 3, max: 15 }, OURS),
  meetingFailed: rate(0.04, `${OURS}: "if it does not work out, back to 4" (domain.md §5)`),
  familyWithdrewBeforeMeeting: rate(0.015, OURS),
  // Weekly visits (seeds/001: stability, few cancelled visits, is the first working mechanism).
  visitCancelled: rate(0.06, `${OURS}; seeds/001 gives no share`),
  cancelledBy: rate<Record<CancelledBy, number>>({ family: 0.4, child: 0.3, parents: 0.3 }, OURS),
  logbookDaysAfterVisit: rate({ min: 0, max: 2.5 }, `${OURS}; after 2 days' grace the family is reminded (domain.md, ours)`),
  logbookLate: rate(0.04, `${OURS}: the entry comes after the reminder`),
  screeningLate: rate(0.05, `${OURS}: the coordinator screens after the weekly reminder`),
  pausesPerYear: rate(1.5, `${OURS}: holidays and illness (domain.md §6)`),
  pauseWeeks: rate({ min: 1, max: 3 }, OURS),
  supervisionHeld: rate(0.88, `${OURS}; seeds/001: group supervision online every second month`),
  followUpHeld: rate(0.92, `${OURS}; follow-ups after 1, 3, 6 and 9 months (domain.md, ours)`),
  followUpDaysLate: rate({ min: -6, max: 4 }, `${OURS}: around the due day; late ones are reminded`),
  concernPerLogbookEntry: rate(0.004, OURS),
  concernFromConversation: rate(0.03, `${OURS}: share of courses with one concern raised in a conversation`),
  concernAssessHours: rate({ min: 1, max: 30 }, `${OURS}; past 24 hours it escalates (domain.md, ours)`),
  concernOutcome: rate<Record<ConcernOutcome, number>>({ no_action: 0.5, talk_with_family: 0.4, notification_to_municipality: 0.1 }, OURS),
  // The course and its end.
  lastsAYear: rate(0.85, 'ours, above the ≥ 80 % success criterion of seeds/000 (the 2018 application)'),
  earlyClosureReason: rate<Record<Exclude<ClosureReason, 'programme_completed'>, number>>(
    {
      parents_stopped: 0.14,
      parents_unresponsive: 0.08,
      relationship_did_not_take: 0.16,
      family_life_changed: 0.18,
      family_moved: 0.08,
      child_said_no: 0.1,
      safeguarding_concern: 0.03,
      family_ended_course: 0.2,
    },
    `${OURS}; the reasons are the ones seeds/001 lists (domain.md §10)`,
  ),
  consentWithdrawnDuringCourse: rate(0.02, `${OURS}: consent can be withdrawn at any time (domain.md §2)`),
  rematchAccepted: rate(0.7, `${OURS}: the child is offered a new family when the family ended it (domain.md §10)`),
  goodbyeDays: rate({ min: 2, max: 18 }, `${OURS}; due within 14 days (policy, ours)`),
  reviewDaysAfterMeeting: rate({ min: 352, max: 392 }, `${OURS}: around the one-year mark (domain.md §8)`),
  wishToContinue: rate(0.95, 'seeds/001 (Hjem til Os): 95 % of the matches wish the relationship to continue'),
  wellbeingRose: rate(0.72, 'ours, near the ≥ 75 % criterion of seeds/000; seeds/002 (Rambøll 2017) found 51–58 % improving per dimension'),
  futureAgreementDays: rate({ min: 1, max: 21 }, OURS),
  bridgeBuildingRecorded: rate(0.9, OURS),
  movedOnToOrganisedLeisure: rate(0.5, 'the ≥ 50 % success criterion of seeds/000'),
  postEndMeasurement: rate({ recorded: 0.62, declined: 0.22, expires: 0.16 }, `${OURS}; the 6-month follow-up measurement of seeds/002`),
  postEndDaysAfterDue: rate({ min: 0, max: 45 }, `${OURS}; given up 60 days after it fell due (policy, ours)`),
} as const;

export type SimulationRates = typeof SIMULATION_RATES;

