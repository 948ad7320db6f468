import { startTestStackWithApi, TestStackWithApi } from './test-stack';

/**
 * The API, Temporal and PostgreSQL for a browser test in which a programme day lasts `dayLengthMs`,
 * so the next visit week opens within seconds. The API reads the day's length from the process's
 * environment when it starts, so it is set for that start only and put back afterwards.
 */
export async function startUiStackWithShortDays(dayLengthMs: number): Promise<TestStackWithApi> {
  const previousDay = process.env.PROGRAMME_DAY_LENGTH_MS;
  process.env.PROGRAMME_DAY_LENGTH_MS = String(dayLengthMs);
  try {
    return await startTestStackWithApi();
  } finally {
    if (previousDay === undefined) delete process.env.PROGRAMME_DAY_LENGTH_MS;
    else process.env.PROGRAMME_DAY_LENGTH_MS = previousDay;
  }
}
