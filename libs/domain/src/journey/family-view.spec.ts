import { FAMILY_VISITS_AHEAD, familyJourneyView } from './family-view';
import { active, coordinator, day, family, FAMILY_ID, MEETING_DAY, proposed } from './journey.fixture';

describe('familyJourneyView', () => {
  it('shows a proposed family that it may say yes or no, and nothing of visits yet', () => {
    const view = familyJourneyView(proposed().state, day(6), 'M.K.');
    expect(view).toMatchObject({ view: 'family', childLabel: 'M.K.', stage: 'matching', proposed: true, agreement: null, nextVisits: [], logbookWeeks: [] });
    expect(view.allowedCommands).toEqual(expect.arrayContaining(['AcceptMatch', 'DeclineMatch']));
  });

  it('gives the agreement, the coming visit weeks as dates, supervision dates and the weeks open for the logbook', () => {
    const h = active();
    h.do({ type: 'WriteLogbookEntry', actor: family, familyId: FAMILY_ID, week: 1, visit: 'held', note: 'We baked', concern: false }, day(MEETING_DAY + 8));
    const now = day(MEETING_DAY + 15);
    const view = familyJourneyView(h.state, now, 'M.K.');
    expect(view.agreement).toEqual({ weekday: 'wednesday', pickUp: 'school 14:00', return: 'home 19:00' });
    expect(view.meetingHeldAt).toBe(day(MEETING_DAY));
    expect(view.nextVisits).toHaveLength(FAMILY_VISITS_AHEAD);
    expect(view.nextVisits[0]).toEqual({ week: 3, startsAt: day(MEETING_DAY + 14), endsAt: day(MEETING_DAY + 21), paused: false });
    expect(view.logbookWeeks).toEqual([
      { week: 3, startsAt: day(MEETING_DAY + 14) },
      { week: 2, startsAt: day(MEETING_DAY + 7) },
    ]);
    expect(view.supervisions[0]).toEqual({ session: 1, dueAt: day(MEETING_DAY + h.state.policy.supervisionIntervalDays) });
    expect(view.allowedCommands).toContain('WriteLogbookEntry');
  });

  it('shows a recorded supervision with its outcome', () => {
    const h = active();
    const sessionDay = day(MEETING_DAY + h.state.policy.supervisionIntervalDays);
    h.do({ type: 'RecordSupervision', actor: coordinator, session: 1, outcome: 'held' }, sessionDay);
    expect(familyJourneyView(h.state, sessionDay, null).supervisions[0]).toEqual({ session: 1, dueAt: sessionDay, outcome: 'held' });
  });

  it('never carries wellbeing, concerns, notes or staff tasks', () => {
    const h = active();
    h.do({ type: 'WriteLogbookEntry', actor: family, familyId: FAMILY_ID, week: 1, visit: 'held', note: 'secret note', concern: true }, day(MEETING_DAY + 8));
    h.tick(day(MEETING_DAY + 40));
    const view = familyJourneyView(h.state, day(MEETING_DAY + 40), 'M.K.');
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/secret note|baseline|"concerns"|wellbeing|summary|assigneeRole|custodyHolders/i);
    expect(Object.keys(view).sort()).toEqual(
      ['agreement', 'allowedCommands', 'childLabel', 'journeyId', 'logbookWeeks', 'meetingHeldAt', 'meetingScheduledFor', 'nextVisits', 'proposed', 'stage', 'supervisions', 'view'].sort(),
    );
  });
});
