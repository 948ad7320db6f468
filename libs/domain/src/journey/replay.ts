import { JourneyPolicy } from '../policy/journey-policy';
import { JourneyEvent } from './events';
import { evolve } from './evolve';
import { initialJourneyState, JourneyState } from './state';

/** The journey's state is a fold over its history: "what was the state on 1 March?" is a replay up to that day. */
export function replayJourney(journeyId: string, policy: JourneyPolicy, events: JourneyEvent[]): JourneyState {
  return events.reduce(evolve, initialJourneyState(journeyId, policy));
}
