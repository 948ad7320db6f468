import { isTaskKind } from './task-kinds';

describe('isTaskKind', () => {
  it('knows the journey’s and the family’s kinds, and no other', () => {
    expect(isTaskKind('consent_reminder')).toBe(true);
    expect(isTaskKind('goodbye')).toBe(true);
    expect(isTaskKind('family_long_wait')).toBe(true);
    expect(isTaskKind('water_the_plants')).toBe(false);
  });
});
