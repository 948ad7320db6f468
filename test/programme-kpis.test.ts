import { randomUUID } from 'node:crypto';
import type { JourneyEvent } from '@venskab/domain/journey';
import { FamilyDriver } from './support/family-driver';
import { http } from './support/http';
import { coordinator, JourneyDriver, scores } from './support/journey-driver';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { waitFor } from './support/wait-for';

/**
 * GET /programme/kpis against journeys driven to known states on the real Temporal server and read
 * model. A programme day lasts 20 ms (the year about 7 s) for both the journeys and the API; the
 * journeys have a programme of their own, so other test files' journeys in the shared database do not count.
 */
const DAY_MS = 20;
const PROGRAMME = `kpi-test-${randomUUID().slice(0, 8)}`;
const MANAGER = { userId: 'manager-eva', role: 'programme_manager' as const };

let stack: TestStackWithApi;

beforeAll(async () => {
  const previousDay = process.env.PROGRAMME_DAY_LENGTH_MS;
  process.env.PROGRAMME_DAY_LENGTH_MS = String(DAY_MS);
  try {
    stack = await startTestStackWithApi();
  } finally {
    if (previousDay === undefined) delete process.env.PROGRAMME_DAY_LENGTH_MS;
    else process.env.PROGRAMME_DAY_LENGTH_MS = previousDay;
  }
});
afterAll(() => stack?.stop());

function kpis(query: Record<string, string> = {}) {
  return http(stack.baseUrl, 'GET', `/programme/kpis?${new URLSearchParams({ programme: PROGRAMME, ...query })}`, { actor: MANAGER });
}

const kpi = (body: any, key: string) => body.kpis.find((figure: { key: string }) => figure.key === key);
const atOf = (events: JourneyEvent[], type: JourneyEvent['type']): string => events.find((event) => event.type === type)!.at;
const wholeDays = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS);

describe('programme key figures', () => {
  it('counts a reviewed year, an early closure and a waiting child, as of now and as of an earlier moment', async () => {
    // Each journey starts right before it is driven: an unanswered referral lapses after 60 programme days (1.2 s here).
    const start = (name: string) => JourneyDriver.start(stack, { name, dayLengthMs: DAY_MS, programme: PROGRAMME });

    // A course that ends before its year, with no organised leisure afterwards.
    const shortLived = await start('kpi-short');
    await shortLived.driveToActive();
    await shortLived.send({ type: 'RequestClosure', actor: coordinator, reason: 'relationship_did_not_take' });
    await shortLived.send({ type: 'RecordGoodbye', actor: coordinator });
    await shortLived.send({ type: 'RecordBridgeBuilding', actor: coordinator, movedOnToOrganisedLeisure: false });

    // A child screened and waiting for a family.
    const waiting = await start('kpi-waiting');
    await waiting.consent();
    await waiting.screen();

    // A course that lasts its year: wellbeing rose from 2 to 3 in every dimension, all wish to continue, and the child joins a club.
    const yearLong = await start('kpi-year');
    const active = await yearLong.driveToActive();
    const reviewOpensAt = Date.parse(active.state.match!.meeting!.heldAt) + (365 - 14) * DAY_MS;
    await yearLong.waitUntil(new Date(reviewOpensAt).toISOString());
    await yearLong.send({
      type: 'RecordOneYearReview',
      actor: coordinator,
      after: scores(3),
      wishesToContinue: { child: true, parents: true, family: true },
    });
    await yearLong.send({ type: 'RecordFutureAgreement', actor: coordinator, form: 'Every second Wednesday' });
    await yearLong.send({ type: 'RecordBridgeBuilding', actor: coordinator, movedOnToOrganisedLeisure: true, activity: 'Football club' });

    // The read model catches up with the workflows in its own time: poll until the last outcome is counted.
    const now = await waitFor(async () => {
      const answer = await kpis();
      return answer.status === 200 && kpi(answer.body, 'movedOnToOrganisedLeisure').denominator === 2 ? answer.body : undefined;
    });
    expect(now.programme).toBe(PROGRAMME);
    expect(now.period.from).toBeNull();
    expect(now.yearDays).toBe(365);
    expect(now.kpis.map((figure: any) => [figure.key, figure.status, figure.numerator, figure.denominator, figure.percent])).toEqual([
      ['matchesLastingAYear', 'not_met', 1, 2, 50],
      ['higherWellbeingAtReview', 'met', 1, 1, 100],
      ['parentsReportPositiveEffects', 'not_recorded', null, null, null],
      ['movedOnToOrganisedLeisure', 'met', 1, 2, 50],
      ['familiesFeelSupported', 'not_recorded', null, null, null],
      ['caseworkersJudgeGoodSupplement', 'not_recorded', null, null, null],
      ['childrenMatched', 'not_met', 2, null, null],
    ]);
    expect(kpi(now, 'matchesLastingAYear').target).toEqual({ unit: 'percent', atLeast: 80 });
    expect(kpi(now, 'childrenMatched').target).toEqual({ unit: 'children', atLeast: 60 });
    expect(now.reviewWishes).toEqual({ reviews: 1, parentsWishToContinue: 1, allWishToContinue: 1 });
    expect(now.matchedByYear.reduce((sum: number, year: any) => sum + year.matches, 0)).toBe(2);

    // Waiting times in whole programme days, from the events' own times.
    const [yearEvents, shortEvents, waitingEvents] = await Promise.all([yearLong.events(), shortLived.events(), waiting.events()]);
    const waitedToMatch = [yearEvents, shortEvents].map((events) => wholeDays(atOf(events, 'ScreeningVisitHeld'), atOf(events, 'MatchMade'))).sort((a, b) => a - b);
    const waitingDays = wholeDays(atOf(waitingEvents, 'ScreeningVisitHeld'), now.period.to);
    expect(now.waitingTimes).toEqual({
      waitingNow: { children: 1, medianDays: waitingDays, longestDays: waitingDays },
      matchedInPeriod: { children: 2, medianDays: (waitedToMatch[0] + waitedToMatch[1]) / 2, longestDays: waitedToMatch[1] },
    });

    // Right after the early closure the year-long course was young: only the closed one was counted, nothing reviewed yet.
    const earlier = await kpis({ at: atOf(shortEvents, 'ClosureRequested') });
    expect(earlier.status).toBe(200);
    expect(kpi(earlier.body, 'matchesLastingAYear')).toMatchObject({ status: 'not_met', numerator: 0, denominator: 1, percent: 0 });
    expect(kpi(earlier.body, 'higherWellbeingAtReview')).toMatchObject({ status: 'no_data', numerator: 0, denominator: 0 });
    expect(kpi(earlier.body, 'movedOnToOrganisedLeisure')).toMatchObject({ status: 'no_data' });

    // A period that starts after everything happened counts no outcome, but the child still waits.
    const later = await kpis({ from: now.period.to, at: new Date(Date.parse(now.period.to) + 1).toISOString() });
    expect(later.body.kpis.filter((figure: any) => figure.status !== 'not_recorded').map((figure: any) => figure.numerator)).toEqual([0, 0, 0, 0]);
    expect(later.body.waitingTimes.waitingNow.children).toBe(1);
  }, 90_000);

  it("forecasts the programme's waiting list from its own year: today's waiting child, twelve months of bands, kept for a while", async () => {
    const forecast = (programme: string) => http(stack.baseUrl, 'GET', `/programme/forecast?${new URLSearchParams({ programme })}`, { actor: MANAGER });
    const answer = await forecast(PROGRAMME);
    expect(answer.status).toBe(200);
    // The journeys above span more than 90 programme days (20 ms each), so the programme's own rates are used.
    expect(answer.body).toMatchObject({ programme: PROGRAMME, rates: 'programme', childrenWaitingNow: 1, targetMedianWaitDays: 30 });
    expect(answer.body.months).toHaveLength(12);
    for (const month of answer.body.months) {
      expect(month.childrenWaiting.p10).toBeLessThanOrEqual(month.childrenWaiting.p50);
      expect(month.childrenWaiting.p50).toBeLessThanOrEqual(month.childrenWaiting.p90);
    }
    expect((await forecast(PROGRAMME)).body).toEqual(answer.body);

    const unknown = await forecast(`no-such-programme-${randomUUID()}`);
    expect(unknown.body).toMatchObject({ rates: 'starting_rates', childrenWaitingNow: 0 });
    expect((await forecast('x'.repeat(101))).status).toBe(400);
    const coordinatorAsks = await http(stack.baseUrl, 'GET', '/programme/forecast', { actor: { userId: 'coordinator-k', role: 'coordinator' } });
    expect(coordinatorAsks.status).toBe(200);
  });

  it('counts the approved families and their places as the families table holds them', async () => {
    await FamilyDriver.approved(stack.client, stack.config.taskQueue);
    const capacityInTable = async () => {
      const [row] = await stack.dataSource.query(
        `SELECT count(*) FILTER (WHERE stage IN ('approved', 'matched', 'paused'))::int AS "approvedFamilies",
                count(*) FILTER (WHERE stage = 'paused')::int AS "pausedFamilies",
                coalesce(sum(capacity) FILTER (WHERE stage IN ('approved', 'matched')), 0)::int AS "places",
                coalesce(sum(free_capacity) FILTER (WHERE stage IN ('approved', 'matched')), 0)::int AS "freePlaces",
                count(*) FILTER (WHERE stage IN ('approved', 'matched') AND free_capacity > 0)::int AS "familiesWithFreePlace"
           FROM families`,
      );
      return row;
    };
    // Family workflows may still be projecting a match's end: compare once the table holds still.
    const answer = await waitFor(async () => {
      const before = await capacityInTable();
      const { body } = await kpis();
      const after = await capacityInTable();
      return JSON.stringify(before) === JSON.stringify(after) && JSON.stringify(body.capacity) === JSON.stringify(after) ? body : undefined;
    });
    expect(answer.capacity.approvedFamilies).toBeGreaterThanOrEqual(1);
  });

  it('answers only a programme it holds journeys for with figures of its own, and refuses a period that ends before it starts', async () => {
    const other = await kpis({ programme: `no-such-programme-${randomUUID()}` });
    expect(other.status).toBe(200);
    expect(kpi(other.body, 'childrenMatched').numerator).toBe(0);
    expect(other.body.waitingTimes.waitingNow.children).toBe(0);

    const backwards = await kpis({ from: '2026-02-01T00:00:00.000Z', at: '2026-01-01T00:00:00.000Z' });
    expect(backwards.status).toBe(400);
    expect((await kpis({ at: 'yesterday' })).status).toBe(400);
  });
});
