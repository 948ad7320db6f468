import { historyFromJson, historyToJson } from './history-json';
import { fixtureJourney, fixtureRuns, TASK_TIMES } from './journey-history.fixture';
import { IncompleteJourneyHistoryError, journeyHistoryContents } from './journey-history-contents';
import { reconstructJourney } from './reconstruct-journey';

/** Events and state as they look after a trip through JSON (the history's payloads are JSON). */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('reading the domain events out of journey histories', () => {
  it('merges the first run’s projection markers and the continued run’s carried input into one numbered list', () => {
    const { events } = fixtureJourney();
    const contents = journeyHistoryContents(fixtureRuns());
    expect(contents.events.map((entry) => entry.sequence)).toEqual([0, 1, 2, 3]);
    expect(contents.events.map((entry) => entry.event)).toEqual(asJson(events));
  });

  it('takes the journey’s start input without what a continued run carried', () => {
    const contents = journeyHistoryContents(fixtureRuns());
    expect(contents.input).toEqual(asJson(fixtureJourney().input));
    expect(contents.input).not.toHaveProperty('carried');
  });

  it('dates the last projection by the workflow clock of its task, in whole milliseconds', () => {
    expect(journeyHistoryContents(fixtureRuns()).lastProjectedAt).toBe(TASK_TIMES[2].replace(/\.(\d{3})\d*Z$/, '.$1Z'));
  });

  it('fills events a lost marker left out from the next run’s carried input', () => {
    const contents = journeyHistoryContents(fixtureRuns({ skipFirstProjection: true }));
    expect(contents.events.map((entry) => entry.event.type)).toEqual(['ChildReferred', 'ConsentGiven', 'ReminderFired', 'ScreeningVisitHeld']);
  });

  it('refuses a history with a gap instead of answering with fewer events', () => {
    const [firstRunOnly] = fixtureRuns({ skipFirstProjection: true });
    expect(() => journeyHistoryContents([firstRunOnly])).toThrow(IncompleteJourneyHistoryError);
    expect(() => journeyHistoryContents([])).toThrow(IncompleteJourneyHistoryError);
  });

  it('reconstructs the state the domain reaches by folding the same events', () => {
    const reconstruction = reconstructJourney(fixtureRuns());
    expect(reconstruction.journeyId).toBe('j-1');
    expect(reconstruction.state).toEqual(asJson(fixtureJourney().state));
    expect(reconstruction.state.stage).toBe('matching');
  });

  it('keeps a history unchanged through its proto3 JSON form (the archive’s format)', () => {
    const [run] = fixtureRuns();
    const json = historyToJson(run.history);
    expect(historyToJson(historyFromJson(json))).toBe(json);
    expect(journeyHistoryContents([{ ...run, history: historyFromJson(json) }, fixtureRuns()[1]]).events).toHaveLength(4);
  });
});
