import { evolve } from './evolve';
import { coordinator, day, given, recruitmentCommands } from './family.fixture';
import { FamilyState } from './family-state';
import { familyEventsDueByTime } from './timers';

/** The state with what time causes at `at` applied, as the workflow would apply it. */
function afterTimeAt(state: FamilyState, at: string): FamilyState {
  return familyEventsDueByTime(state, at).reduce(evolve, state);
}

describe('family tasks', () => {
  it('opens the application follow-up when the reminder fires and closes it at the home visit', () => {
    const [apply, [visit]] = recruitmentCommands();
    const applied = afterTimeAt(given([apply]).state, day(15));
    expect(applied.tasks).toEqual([
      {
        taskId: 'application_follow_up',
        kind: 'family_application_follow_up',
        assigneeRole: 'coordinator',
        dueAt: day(14),
        status: 'open',
        openedAt: day(15),
        summary: "Follow up the family's application with a home visit.",
      },
    ]);

    const visited = given([[visit, day(16)]], applied).state;
    expect(visited.tasks).toEqual([{ ...applied.tasks[0], status: 'done', closedAt: day(16) }]);
  });

  it('closes the follow-up when the family withdraws before its home visit', () => {
    const [apply] = recruitmentCommands();
    const applied = afterTimeAt(given([apply]).state, day(15));
    const left = given([[{ type: 'Withdraw', actor: coordinator, reason: 'No longer interested.' }, day(17)]], applied).state;
    expect(left.tasks[0]).toMatchObject({ status: 'done', closedAt: day(17) });
  });

  it('numbers each long wait and closes it when the wait ends', () => {
    const approved = afterTimeAt(given(recruitmentCommands()).state, day(75));
    expect(approved.tasks).toEqual([
      expect.objectContaining({ taskId: 'long_wait:0', kind: 'family_long_wait', dueAt: day(70), status: 'open', openedAt: day(75) }),
    ]);

    const paused = given([[{ type: 'Pause', actor: coordinator }, day(80)]], approved).state;
    expect(paused.tasks[0]).toMatchObject({ status: 'done', closedAt: day(80) });

    const waitingAgain = afterTimeAt(given([[{ type: 'Resume', actor: coordinator }, day(81)]], paused).state, day(200));
    expect(waitingAgain.tasks.map((task) => [task.taskId, task.status])).toEqual([
      ['long_wait:0', 'done'],
      ['long_wait:1', 'open'],
    ]);
  });

  it('makes no task from events that are not reminders', () => {
    expect(given(recruitmentCommands()).state.tasks).toEqual([]);
  });
});
