import { caseworkerView } from './caseworker-view';
import { JourneyEvent } from './events';
import { initialJourneyState } from './state';
import { DEFAULT_JOURNEY_POLICY } from '../policy/journey-policy';

const coordinator = { userId: 'c-1', role: 'coordinator' as const };
const at = '2026-03-01T10:00:00.000Z';

describe('caseworkerView', () => {
  const state = { ...initialJourneyState('j-1', DEFAULT_JOURNEY_POLICY), stage: 'active' as const };

  it('shares milestones without notes and never logbook entries', () => {
    const events: JourneyEvent[] = [
      { type: 'ConsentGiven', at, actor: coordinator, custodyHolders: ['mother'], note: 'private remark' },
      { type: 'LogbookEntryWritten', at, actor: coordinator, familyId: 'f-1', matchNumber: 0, week: 1, visit: 'held', note: 'we baked', concern: false },
      { type: 'ConcernAssessed', at, actor: coordinator, concernId: 'c:1', outcome: 'talk_with_family', note: 'talked' },
      { type: 'ConcernAssessed', at, actor: coordinator, concernId: 'c:2', outcome: 'notification_to_municipality', note: 'bruises' },
      { type: 'ClosureRequested', at, actor: coordinator, reason: 'family_moved', note: 'moving to Aarhus' },
    ];
    const view = caseworkerView(state, events);
    expect(view.milestones).toEqual([
      { type: 'ConsentGiven', at },
      { type: 'ConcernAssessed', at },
      { type: 'ClosureRequested', at, closureReason: 'family_moved' },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/private remark|we baked|bruises|Aarhus/);
  });

  it('after consent is withdrawn shares only notifications to the municipality', () => {
    const later = '2026-04-01T10:00:00.000Z';
    const events: JourneyEvent[] = [
      { type: 'ConsentWithdrawn', at, actor: coordinator, withdrawnBy: 'custody_holders', reason: 'no longer wanted' },
      { type: 'ClosureRequested', at: later, actor: coordinator, reason: 'parents_stopped' },
      { type: 'ConcernAssessed', at: later, actor: coordinator, concernId: 'c:1', outcome: 'notification_to_municipality', note: 'x' },
    ];
    expect(caseworkerView(state, events).milestones).toEqual([
      { type: 'ConsentWithdrawn', at },
      { type: 'ConcernAssessed', at: later },
    ]);
  });
});
