import { FamilyEvent } from './family-events';
import { coordinator, day, volunteer } from './family.fixture';
import { familyNotificationsFor } from './notifications';

const base = { familyId: 'family-1', at: day(3) };

describe('familyNotificationsFor', () => {
  it('tells the coordinator of a new application, of reminders and flags, and of a family leaving, by the family’s name', () => {
    const told = (event: FamilyEvent) => familyNotificationsFor(event, 'Familien Hansen');
    expect(told({ ...base, actor: volunteer, type: 'FamilyApplied', contact: { displayName: 'Familien Hansen', email: null, phone: '1234' } })).toEqual([
      { recipientRole: 'coordinator', kind: 'FamilyApplied', summary: 'Familien Hansen applied to become a friendship family.' },
    ]);
    expect(told({ ...base, actor: coordinator, type: 'ApplicationFollowUpReminded', dueAt: day(3) })[0].summary).toBe(
      "Familien Hansen's application is still waiting for a home visit.",
    );
    expect(told({ ...base, actor: coordinator, type: 'LongWaitFlagged', waitingSince: day(0), dueAt: day(3) })[0].summary).toBe(
      'Familien Hansen has waited long for a child since approval.',
    );
    expect(told({ ...base, actor: volunteer, type: 'FamilyWithdrew', reason: 'Moving abroad.', fromStage: 'approved' })).toEqual([
      { recipientRole: 'coordinator', kind: 'FamilyWithdrew', summary: 'Familien Hansen withdrew: Moving abroad.' },
    ]);
  });

  it('tells nobody of the family’s other events', () => {
    expect(familyNotificationsFor({ ...base, actor: coordinator, type: 'FamilyPaused', note: null }, 'Familien Hansen')).toEqual([]);
  });
});
