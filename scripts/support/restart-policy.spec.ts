import { RestartPolicy } from './restart-policy';

const options = { initialDelayMs: 1000, maxDelayMs: 4000, maxCrashes: 5, windowMs: 120_000 };

describe('RestartPolicy', () => {
  it('doubles the delay with each crash in the window, up to the cap', () => {
    const policy = new RestartPolicy(options);
    const delays = [0, 1, 2, 3].map((second) => policy.onCrash(second * 1000));
    expect(delays).toEqual([1000, 2000, 4000, 4000].map((delayMs) => ({ giveUp: false, delayMs })));
  });

  it('gives up at the fifth crash within two minutes', () => {
    const policy = new RestartPolicy(options);
    for (const second of [0, 10, 20, 30]) expect(policy.onCrash(second * 1000).giveUp).toBe(false);
    expect(policy.onCrash(119_000)).toEqual({ giveUp: true, crashes: 5 });
  });

  it('forgets crashes older than the window', () => {
    const policy = new RestartPolicy(options);
    for (const second of [0, 10, 20, 30]) policy.onCrash(second * 1000);
    // The crash at 0 s has left the window: four, not five, in the last two minutes.
    expect(policy.onCrash(125_000)).toEqual({ giveUp: false, delayMs: 4000 });
    // After a quiet window the delay starts from the shortest again.
    expect(policy.onCrash(300_000)).toEqual({ giveUp: false, delayMs: 1000 });
  });
});
