import { replayJourney } from '@venskab/domain/journey';
import type { JourneyState } from '@venskab/domain/journey';
import { journeyHistoryContents, JourneyHistoryContents } from './journey-history-contents';
import type { JourneyRunHistory } from './journey-run-history';

export interface JourneyReconstruction extends JourneyHistoryContents {
  journeyId: string;
  /** The domain's fold over the events: what the journey's state was after the last of them. */
  state: JourneyState;
}

/** The journey as its histories alone describe it, without the read model or a running worker. */
export function reconstructJourney(runs: JourneyRunHistory[]): JourneyReconstruction {
  const contents = journeyHistoryContents(runs);
  const { journeyId, policy } = contents.input;
  return { ...contents, journeyId, state: replayJourney(journeyId, policy, contents.events.map(({ event }) => event)) };
}
