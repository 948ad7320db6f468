import { DEFAULT_FAMILY_POLICY, evolve, familyEventsDueByTime, FamilyEvent, initialFamilyState } from '../../../domain/src/family';
import { coordinator, day, given, recruitmentCommands } from '../../../domain/src/family/family.fixture';
import { familyTasks } from './family-tasks';

/** The arranged history, with what time causes at `at` appended, as the workflow would record it. */
function withTimeAt(events: FamilyEvent[], at: string): FamilyEvent[] {
  const state = events.reduce(evolve, initialFamilyState('family-1', DEFAULT_FAMILY_POLICY));
  return [...events, ...familyEventsDueByTime(state, at)];
}

describe('familyTasks', () => {
  it('opens the application follow-up when the reminder fires and closes it at the home visit', () => {
    const [apply, [visit]] = recruitmentCommands();
    const applied = withTimeAt(given([apply]).events, day(15));
    expect(familyTasks('family-1', DEFAULT_FAMILY_POLICY, applied)).toEqual([
      {
        taskId: 'application_follow_up',
        kind: 'family_application_follow_up',
        assigneeRole: 'coordinator',
        dueAt: day(14),
        status: 'open',
        openedAt: day(15),
        closedAt: null,
        summary: "Follow up the family's application with a home visit.",
      },
    ]);

    const state = applied.reduce(evolve, initialFamilyState('family-1', DEFAULT_FAMILY_POLICY));
    const visited = [...applied, ...given([[visit, day(16)]], state).events];
    expect(familyTasks('family-1', DEFAULT_FAMILY_POLICY, visited)[0]).toMatchObject({ status: 'done', closedAt: day(16) });
  });

  it('numbers each long wait and closes it when the wait ends', () => {
    const approved = withTimeAt(given(recruitmentCommands()).events, day(75));
    const [task] = familyTasks('family-1', DEFAULT_FAMILY_POLICY, approved);
    expect(task).toMatchObject({ taskId: 'long_wait:0', kind: 'family_long_wait', dueAt: day(70), status: 'open' });

    const state = approved.reduce(evolve, initialFamilyState('family-1', DEFAULT_FAMILY_POLICY));
    const paused = [...approved, ...given([[{ type: 'Pause', actor: coordinator }, day(80)]], state).events];
    expect(familyTasks('family-1', DEFAULT_FAMILY_POLICY, paused)[0]).toMatchObject({ status: 'done', closedAt: day(80) });
  });

  it('makes no task from events that are not reminders', () => {
    expect(familyTasks('family-1', DEFAULT_FAMILY_POLICY, given(recruitmentCommands()).events)).toEqual([]);
  });
});
