import { ChildReferred, ConsentGiven, ConsentRefused, ConsentWithdrawn, ReferralLapsed, ScreeningVisitHeld } from './events';
import { enterStage, notAConcern } from './evolve-support';
import { JourneyState } from './state';
import { closeTasks, ofKinds, withId } from './tasks';

export type IntakeEvent = ChildReferred | ConsentGiven | ConsentRefused | ConsentWithdrawn | ReferralLapsed | ScreeningVisitHeld;

/** Referral, consent and screening: the way to matching. */
export function evolveIntake(state: JourneyState, event: IntakeEvent): JourneyState {
  const at = event.at;
  switch (event.type) {
    case 'ChildReferred':
      return enterStage({ ...state, referral: { ...event.child, referredAt: at, referredBy: event.actor } }, 'awaiting_consent', at);
    case 'ConsentGiven':
      return enterStage(
        {
          ...state,
          consent: { status: 'given', custodyHolders: event.custodyHolders, givenAt: at },
          tasks: closeTasks(state.tasks, withId('consent_reminder:1'), at, 'fulfilled'),
        },
        'screening',
        at,
      );
    case 'ConsentRefused':
      return enterStage(
        {
          ...state,
          consent: { ...state.consent, status: 'refused', declinedBy: event.refusedBy, declinedAt: at },
          tasks: closeTasks(state.tasks, notAConcern, at, 'no_longer_needed'),
        },
        'withdrawn',
        at,
      );
    case 'ConsentWithdrawn': {
      // Sharing stops: every task but a concern's assessment (the duty to notify remains) is dropped.
      const withdrawn: JourneyState = {
        ...state,
        consent: { ...state.consent, status: 'withdrawn', declinedBy: event.withdrawnBy, declinedAt: at },
        tasks: closeTasks(state.tasks, notAConcern, at, 'no_longer_needed'),
        postEndMeasurement:
          state.postEndMeasurement?.status === 'pending'
            ? { ...state.postEndMeasurement, status: 'cancelled', settledAt: at }
            : state.postEndMeasurement,
      };
      return state.stage === 'closed' ? withdrawn : enterStage(withdrawn, 'withdrawn', at);
    }
    case 'ReferralLapsed':
      return enterStage({ ...state, tasks: closeTasks(state.tasks, () => true, at, 'no_longer_needed') }, 'lapsed', at);
    case 'ScreeningVisitHeld':
      return enterStage(
        {
          ...state,
          baseline: { measurement: event.baseline, recordedAt: at },
          ...(event.matchingProfile ? { matchingProfile: event.matchingProfile } : {}),
          matchingSince: at,
          tasks: closeTasks(state.tasks, ofKinds(['screening_overdue']), at, 'fulfilled'),
        },
        'matching',
        at,
      );
  }
}
