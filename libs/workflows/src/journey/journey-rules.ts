import { decide, eventsDueByTime, evolve, initialJourneyState, isJourneyFinished, nextWakeUp, replayJourney } from '@venskab/domain/journey';
import type { JourneyCommand, JourneyEvent, JourneyState } from '@venskab/domain/journey';
import type { JourneyWorkflowInput } from '@venskab/contracts';
import type { AggregateRules } from '../runner/aggregate-log';

/** The journey's domain, bound to this journey and the policy it started under. */
export function journeyRules(input: JourneyWorkflowInput): AggregateRules<JourneyState, JourneyCommand, JourneyEvent> {
  return {
    initialState: () => initialJourneyState(input.journeyId, input.policy),
    replay: (events) => replayJourney(input.journeyId, input.policy, events),
    decide,
    evolve,
    eventsDueByTime,
    nextWakeUp,
    isFinished: isJourneyFinished,
  };
}
