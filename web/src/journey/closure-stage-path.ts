import { FINAL_STAGES, JOURNEY_STAGES } from '../domain';
import type { JourneyStage } from '../domain';

export interface StageStep {
  stage: JourneyStage;
  status: 'done' | 'current' | 'ahead';
}

/** The course as planned; an early end, a rematch or a withdrawal leaves it. */
const MAIN_PATH: JourneyStage[] = ['referred', 'awaiting_consent', 'screening', 'matching', 'friendship_meeting_scheduled', 'active', 'one_year_review', 'continuing'];

/**
 * The stages the journey actually went through, in the order it entered them (from the state its
 * events built: when each stage was last entered), then the current stage and what can still come.
 * A stage the journey skipped, such as the review after an early closure, is never shown as done.
 * Without that history (views that show only the stage) only the main path up to the stage is assumed.
 */
export function stagePath(stage: JourneyStage, enteredAt?: Partial<Record<JourneyStage, string>>): StageStep[] {
  const current = enteredAt?.[stage];
  const passed = current === undefined ? assumedPassed(stage) : passedBefore(stage, current, enteredAt!);
  return [
    ...passed.map((step): StageStep => ({ stage: step, status: 'done' })),
    { stage, status: 'current' },
    ...stagesAhead(stage).map((step): StageStep => ({ stage: step, status: 'ahead' })),
  ];
}

function assumedPassed(stage: JourneyStage): JourneyStage[] {
  const index = MAIN_PATH.indexOf(stage);
  return index < 0 ? [] : MAIN_PATH.slice(0, index);
}

function passedBefore(stage: JourneyStage, current: string, enteredAt: Partial<Record<JourneyStage, string>>): JourneyStage[] {
  const time = (step: JourneyStage) => Date.parse(enteredAt[step]!);
  // Stages entered at the same instant keep the order of JOURNEY_STAGES (a closure and its goodbye-less end).
  const passed = JOURNEY_STAGES.filter((step) => step !== stage && enteredAt[step] !== undefined && time(step) <= Date.parse(current)).sort(
    (a, b) => time(a) - time(b),
  );
  // Every journey starts referred, though the referral enters the next stage at once.
  if (!passed.includes('referred')) passed.unshift('referred');
  return MAIN_PATH.includes(stage) ? withEarlierCourse(passed) : passed;
}

/**
 * A closing behind a journey that is back on the main path was a rematch. Only the last entry of each
 * stage is known, so the earlier course is rebuilt: a rematch is offered only after a friendship
 * meeting, so that course went through matching, the meeting and the weekly visits (and the review if
 * it was held before the closing).
 */
function withEarlierCourse(passed: JourneyStage[]): JourneyStage[] {
  const closing = passed.indexOf('closing');
  if (closing < 0) return passed;
  const before = passed.slice(0, closing);
  const earlierCourse = EARLIER_COURSE.filter((step) => step !== 'one_year_review' || before.includes(step));
  return [...before.filter((step) => !EARLIER_COURSE.includes(step)), ...earlierCourse, ...passed.slice(closing)];
}

const EARLIER_COURSE: JourneyStage[] = ['matching', 'friendship_meeting_scheduled', 'active', 'one_year_review'];

function stagesAhead(stage: JourneyStage): JourneyStage[] {
  if (FINAL_STAGES.includes(stage)) return [];
  if (stage === 'closing') return ['closed'];
  const index = MAIN_PATH.indexOf(stage);
  return index < 0 ? [] : MAIN_PATH.slice(index + 1);
}
