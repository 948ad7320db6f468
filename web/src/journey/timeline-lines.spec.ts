/// <reference types="jest" />
import type { TimelineEntry } from '../api/types';
import { detailLines } from './timeline-detail-lines';
import { actorWords, foldReminders } from './timeline-lines';

const coordinator = { userId: 'co-1', role: 'coordinator' };
const system = { userId: 'system', role: 'system' };

function entry(sequence: number, type: string, details: TimelineEntry['details'] = {}, who = coordinator): TimelineEntry {
  return { sequence, at: `2025-03-0${(sequence % 9) + 1}T10:00:00.000Z`, who, type, kind: 'action', milestone: false, description: 'English.', details };
}
const reminder = (sequence: number, kind: string) => entry(sequence, 'ReminderFired', { reminder: kind, assigneeRole: 'coordinator', dueAt: '2025-03-01T10:00:00.000Z' }, system);

describe('folding reminders', () => {
  it('folds every reminder of one kind into one line where it first fired, keeping other events in order', () => {
    const lines = foldReminders([entry(0, 'ChildReferred'), reminder(1, 'logbook_screening'), entry(2, 'LogbookEntryWritten'), reminder(3, 'logbook_screening'), reminder(4, 'supervision'), reminder(5, 'logbook_screening')]);
    expect(lines.map((line) => (line.kind === 'event' ? line.entry.type : `${line.reminder}×${line.entries.length}`))).toEqual([
      'ChildReferred',
      'logbook_screening×3',
      'LogbookEntryWritten',
      'supervision×1',
    ]);
    const [, screening] = lines;
    expect(screening.kind === 'reminders' && screening.entries.map((fired) => fired.sequence)).toEqual([1, 3, 5]);
  });

  it('leaves a reminder without a kind as an event of its own', () => {
    expect(foldReminders([entry(0, 'ReminderFired')])).toEqual([{ kind: 'event', entry: entry(0, 'ReminderFired') }]);
  });
});

describe('who acted', () => {
  it('gives the name with the role, the role alone without a name, and never the id', () => {
    expect(actorWords({ ...coordinator, displayName: 'Jonas Holm' })).toEqual({ name: 'Jonas Holm', roleKey: 'role.coordinator' });
    expect(actorWords(coordinator)).toEqual({ roleKey: 'role.coordinator' });
    expect(actorWords(system)).toEqual({ roleKey: 'role.system' });
  });
});

describe('detail lines', () => {
  it('reads the friendship meeting’s agreement: the family by name, the weekday by its translation, times as written', () => {
    expect(detailLines({ familyName: 'Familien Skov', weekday: 'tuesday', pickUp: 'School at 15', return: 'Home by 19' })).toEqual([
      { labelKey: 'timeline.detail.familyName', value: { kind: 'text', text: 'Familien Skov' } },
      { labelKey: 'timeline.detail.weekday', value: { kind: 'translated', keys: ['option.weekday.tuesday'] } },
      { labelKey: 'timeline.detail.pickUp', value: { kind: 'text', text: 'School at 15' } },
      { labelKey: 'timeline.detail.return', value: { kind: 'text', text: 'Home by 19' } },
    ]);
  });

  it('translates codes, yes/no and lists, formats moments and measurements, and leaves out what it cannot read or what is shown elsewhere', () => {
    const lines = detailLines(
      { legalBasis: 'barnets-lov-32', concern: true, childNeeds: ['adhd', 'anxiety'], dueAt: '2025-03-01T10:00:00.000Z', baseline: { psychological: 2 }, reminder: 'supervision', someFutureId: 'x' },
      ['reminder'],
    );
    expect(lines).toEqual([
      { labelKey: 'timeline.detail.legalBasis', value: { kind: 'translated', keys: ['option.legalBasis.barnets-lov-32'] } },
      { labelKey: 'timeline.detail.concern', value: { kind: 'translated', keys: ['timeline.yes'] } },
      { labelKey: 'timeline.detail.childNeeds', value: { kind: 'translated', keys: ['option.need.adhd', 'option.need.anxiety'] } },
      { labelKey: 'timeline.detail.dueAt', value: { kind: 'dateTime', at: '2025-03-01T10:00:00.000Z' } },
      { labelKey: 'timeline.detail.baseline', value: { kind: 'measurement', scores: [{ key: 'wellbeing.psychological', score: 2 }] } },
    ]);
  });
});
