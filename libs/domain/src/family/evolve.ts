import { FamilyEvent } from './family-events';
import { FamilyState, JourneyLink } from './family-state';
import { FamilyStage } from './family-stage';
import { adultsWithoutCertificate } from './family-queries';

/** Applies one event to the state. Pure and total: every rule was checked when the event was decided. */
export function evolve(state: FamilyState, event: FamilyEvent): FamilyState {
  switch (event.type) {
    case 'FamilyApplied':
      return { ...state, stage: 'applied', contact: event.contact, appliedAt: event.at };
    case 'HomeVisitRecorded':
      return { ...state, stage: 'home_visit_held', household: event.household, homeVisitHeldAt: event.at };
    case 'ChildCertificateRecorded':
      return withCertificatesStage({
        ...state,
        certificates: { ...state.certificates, [event.adultId]: { issuedOn: event.issuedOn, recordedAt: event.at } },
      });
    case 'TrainingCompleted':
      return { ...state, stage: 'training_completed', trainingCompletedAt: event.at };
    case 'FamilyApproved':
      return { ...state, stage: 'approved', approvedAt: event.at, waitingPeriodStart: event.at };
    case 'FamilyReservedForJourney':
      return { ...state, reservations: [...state.reservations, { journeyId: event.journeyId, since: event.at }] };
    case 'ReservationReleased': {
      const [released, reservations] = takeLink(state.reservations, event.journeyId);
      return {
        ...state,
        reservations,
        endedLinks: [
          ...state.endedLinks,
          { ...released, endedAt: event.at, kind: 'reservation_released', reason: event.reason },
        ],
      };
    }
    case 'MatchConfirmed': {
      const [reserved, reservations] = takeLink(state.reservations, event.journeyId);
      return {
        ...state,
        stage: state.stage === 'approved' ? 'matched' : state.stage,
        reservations,
        activeMatches: [...state.activeMatches, { journeyId: reserved.journeyId, since: event.at }],
        waitingPeriodStart: null,
      };
    }
    case 'MatchEnded': {
      const [ended, activeMatches] = takeLink(state.activeMatches, event.journeyId);
      const becomesAvailable = state.stage === 'matched' && activeMatches.length === 0;
      return {
        ...state,
        stage: becomesAvailable ? 'approved' : state.stage,
        activeMatches,
        endedLinks: [...state.endedLinks, { ...ended, endedAt: event.at, kind: 'match_ended', reason: event.reason }],
        waitingPeriodStart: becomesAvailable ? event.at : state.waitingPeriodStart,
      };
    }
    case 'FamilyPaused':
      return { ...state, stage: 'paused', waitingPeriodStart: null };
    case 'FamilyResumed': {
      const stage: FamilyStage = state.activeMatches.length > 0 ? 'matched' : 'approved';
      return { ...state, stage, waitingPeriodStart: stage === 'approved' ? event.at : null };
    }
    case 'FamilyRetired':
      return { ...state, stage: 'retired', waitingPeriodStart: null };
    case 'FamilyWithdrew':
      return { ...state, stage: 'withdrawn', waitingPeriodStart: null, withdrawalReason: event.reason };
    case 'CoordinatorNoteAdded':
      return {
        ...state,
        coordinatorNotes: [
          ...state.coordinatorNotes,
          {
            noteId: event.noteId,
            text: event.text,
            sentiment: event.sentiment,
            writtenAt: event.at,
            writtenBy: event.actor.userId,
          },
        ],
      };
    case 'ApplicationFollowUpReminded':
      return { ...state, applicationFollowUpReminded: true };
    case 'LongWaitFlagged':
      return { ...state, longWaitFlaggedFor: event.waitingSince };
  }
}

/** The certificates step is done once every adult in the household has a certificate. */
function withCertificatesStage(state: FamilyState): FamilyState {
  const complete = state.stage === 'home_visit_held' && adultsWithoutCertificate(state).length === 0;
  return complete ? { ...state, stage: 'certificates_recorded' } : state;
}

/** Removes the link to a journey; decide has checked that it exists. */
function takeLink(links: JourneyLink[], journeyId: string): [JourneyLink, JourneyLink[]] {
  const link = links.find((candidate) => candidate.journeyId === journeyId) ?? { journeyId, since: '' };
  return [link, links.filter((candidate) => candidate.journeyId !== journeyId)];
}
