import { FamilyReservedForJourney, MatchConfirmed, MatchEnded, ReservationReleased } from './family-events';
import { FamilyState, JourneyLink } from './family-state';

export type JourneyLinkEvent = FamilyReservedForJourney | ReservationReleased | MatchConfirmed | MatchEnded;

/** The family's links to children's journeys: a place reserved for a proposal, a match, and their ends. */
export function evolveJourneyLinks(state: FamilyState, event: JourneyLinkEvent): FamilyState {
  switch (event.type) {
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
  }
}

/** Removes the link to a journey; decide has checked that it exists. */
function takeLink(links: JourneyLink[], journeyId: string): [JourneyLink, JourneyLink[]] {
  const link = links.find((candidate) => candidate.journeyId === journeyId) ?? { journeyId, since: '' };
  return [link, links.filter((candidate) => candidate.journeyId !== journeyId)];
}
