/// <reference types="jest" />
import { stagePath, StageStep } from './closure-stage-path';

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString();
const shown = (steps: StageStep[]) => steps.map((step) => `${step.stage}:${step.status}`);
// As a journey's state holds it: the referral enters awaiting_consent at once, so 'referred' has no time.
const intake = { awaiting_consent: day(0), screening: day(3), matching: day(10), friendship_meeting_scheduled: day(20), active: day(25) };

describe('the stage path', () => {
  it('shows the main path around a running course', () => {
    expect(shown(stagePath('active', intake))).toEqual([
      'referred:done',
      'awaiting_consent:done',
      'screening:done',
      'matching:done',
      'friendship_meeting_scheduled:done',
      'active:current',
      'one_year_review:ahead',
      'continuing:ahead',
    ]);
  });

  it('never shows the review as done after an early closure, and ends with how it ended', () => {
    const steps = stagePath('closed', { ...intake, closing: day(60), closed: day(70) });
    expect(shown(steps)).toEqual([
      'referred:done',
      'awaiting_consent:done',
      'screening:done',
      'matching:done',
      'friendship_meeting_scheduled:done',
      'active:done',
      'closing:done',
      'closed:current',
    ]);
  });

  it('shows the goodbye still ahead while closing', () => {
    expect(shown(stagePath('closing', { ...intake, closing: day(60) })).slice(-2)).toEqual(['closing:current', 'closed:ahead']);
  });

  it('skips the stages a closure before the friendship meeting never reached', () => {
    const steps = stagePath('closed', { referred: day(0), awaiting_consent: day(0), screening: day(3), matching: day(10), closing: day(12), closed: day(12) });
    expect(shown(steps)).toEqual(['referred:done', 'awaiting_consent:done', 'screening:done', 'matching:done', 'closing:done', 'closed:current']);
  });

  it('shows a rematch as the earlier course, its closing, and matching again', () => {
    const steps = stagePath('matching', { ...intake, closing: day(60), matching: day(62) });
    expect(shown(steps)).toEqual([
      'referred:done',
      'awaiting_consent:done',
      'screening:done',
      'matching:done',
      'friendship_meeting_scheduled:done',
      'active:done',
      'closing:done',
      'matching:current',
      'friendship_meeting_scheduled:ahead',
      'active:ahead',
      'one_year_review:ahead',
      'continuing:ahead',
    ]);
    const activeAgain = stagePath('active', { ...intake, closing: day(60), matching: day(62), friendship_meeting_scheduled: day(70), active: day(75) });
    expect(shown(activeAgain).slice(6, 10)).toEqual(['closing:done', 'matching:done', 'friendship_meeting_scheduled:done', 'active:current']);
  });

  it('assumes only the main path when the view gives no history, and nothing before an end it cannot place', () => {
    expect(shown(stagePath('screening'))).toEqual(['referred:done', 'awaiting_consent:done', 'screening:current', 'matching:ahead', 'friendship_meeting_scheduled:ahead', 'active:ahead', 'one_year_review:ahead', 'continuing:ahead']);
    expect(shown(stagePath('closed'))).toEqual(['closed:current']);
  });
});
