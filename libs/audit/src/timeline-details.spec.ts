import type { JourneyEvent } from '@venskab/domain/journey';
import { closed, coordinator, day, family, FAMILY_ID, system } from '@venskab/domain/journey/journey.fixture';
import { journeyTimeline } from './journey-timeline';
import { timelineDetails } from './timeline-details';

const at = '2025-03-04T14:05:09.000Z';
const familyName = (familyId: string) => (familyId === FAMILY_ID ? 'Familien Hansen' : undefined);

describe('the details a timeline entry carries', () => {
  it('gives the friendship meeting’s agreement as codes and values, naming the family instead of its id', () => {
    const event: JourneyEvent = { type: 'FriendshipMeetingHeld', at, actor: coordinator, familyId: FAMILY_ID, agreement: { weekday: 'tuesday', pickUp: 'School at 15', return: 'Home by 19' }, note: 'A good start.' };
    expect(timelineDetails(event, familyName)).toEqual({ familyName: 'Familien Hansen', weekday: 'tuesday', pickUp: 'School at 15', return: 'Home by 19', note: 'A good start.' });
  });

  it('keeps the logbook’s own text and leaves out what was not recorded', () => {
    const event: JourneyEvent = { type: 'LogbookEntryWritten', at, actor: family, familyId: 'unknown-family', matchNumber: 1, week: 3, visit: 'cancelled', cancelledBy: 'child', note: 'Ill with a fever.', concern: false };
    expect(timelineDetails(event, familyName)).toEqual({ week: 3, visit: 'cancelled', cancelledBy: 'child', concern: false, note: 'Ill with a fever.' });
  });

  it('gives a reminder as its kind and due time, without the English summary or the task id', () => {
    const event: JourneyEvent = { type: 'ReminderFired', at, actor: system, reminder: 'logbook_screening', taskId: 'logbook_screening:1-2', assigneeRole: 'coordinator', dueAt: day(30), summary: 'Screen this week’s logbook entries.' };
    expect(timelineDetails(event, familyName)).toEqual({ reminder: 'logbook_screening', assigneeRole: 'coordinator', dueAt: day(30) });
  });

  it('gives a concern’s assessment without the concern’s id', () => {
    const event: JourneyEvent = { type: 'ConcernAssessed', at, actor: coordinator, concernId: 'concern:1', outcome: 'talk_with_family', note: 'Talked it through.' };
    expect(timelineDetails(event, familyName)).toEqual({ concernOutcome: 'talk_with_family', note: 'Talked it through.' });
  });

  it('leaves out the system’s own sentence of a concern flagged in the logbook, and counts matches from 1', () => {
    const flagged: JourneyEvent = { type: 'ConcernRaised', at, actor: family, concernId: 'concern:1', source: 'logbook', description: 'A worry was flagged in the logbook for week 1.', logbookWeek: 1, assessmentDueAt: day(2) };
    expect(timelineDetails(flagged, familyName)).toEqual({ concernSource: 'logbook', logbookWeek: 1, assessmentDueAt: day(2) });
    const matched: JourneyEvent = { type: 'MatchMade', at, actor: coordinator, familyId: FAMILY_ID, matchNumber: 0 };
    expect(timelineDetails(matched, familyName)).toEqual({ familyName: 'Familien Hansen', matchNumber: 1 });
  });

  it('never carries an id field for any event of a whole course', () => {
    for (const event of closed().events) {
      const keys = Object.keys(timelineDetails(event, familyName));
      expect(keys.filter((key) => /id$/i.test(key))).toEqual([]);
    }
  });

  it('names the people who acted, but not the system', () => {
    const events = closed().events.map((event, sequence) => ({ sequence, event }));
    const timeline = journeyTimeline(events, { personName: (userId) => (userId === coordinator.userId || userId === 'system' ? 'Jonas Holm' : undefined), familyName });
    const byCoordinator = timeline.find((entry) => entry.who.role === 'coordinator')!;
    expect(byCoordinator.who).toEqual({ ...coordinator, displayName: 'Jonas Holm' });
    const bySystem = timeline.find((entry) => entry.who.role === 'system');
    expect(bySystem?.who ?? system).toEqual(system);
    expect(timeline.find((entry) => entry.type === 'MatchProposed')!.details).toEqual({ familyName: 'Familien Hansen' });
  });
});
