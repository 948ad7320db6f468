import { randomUUID } from 'node:crypto';
import { DEFAULT_JOURNEY_POLICY, JourneyCommand } from '@venskab/domain/journey';
import { journeyCommandUpdate, journeyWorkflowId } from '@venskab/contracts';
import type { journeyWorkflow } from '@venskab/workflows/journey/journey-workflow';
import { eligibleChild } from '@venskab/domain/journey/journey.fixture';
import { application, approvedFamilyViaApi, FAMILY_APPLICANT } from './support/family-applications';
import { journeyInMatchingViaApi, STEPS_TO_MATCHING } from './support/family-journeys';
import { http } from './support/http';
import { CASEWORKER, COORDINATOR } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';
import { waitFor } from './support/wait-for';

// Who waits and for how long, read from the projections of both workflows.
describe('waiting lists', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  });
  afterAll(() => stack.stop());

  /** A journey on a 25 ms programme day, so the 60-day matching escalation comes after 1.5 s. */
  async function escalatedJourney(): Promise<string> {
    const journeyId = randomUUID();
    await stack.client.workflow.start<typeof journeyWorkflow>('journeyWorkflow', {
      workflowId: journeyWorkflowId(journeyId),
      taskQueue: stack.config.taskQueue,
      args: [
        {
          journeyId,
          programme: 'test',
          childLabel: 'E.S.',
          policy: { ...DEFAULT_JOURNEY_POLICY, dayLengthMs: 25 },
          referral: { type: 'ReferChild', actor: CASEWORKER, journeyId, child: eligibleChild },
        },
      ],
    });
    const handle = stack.client.workflow.getHandle(journeyWorkflowId(journeyId));
    for (const { actor, type, fields } of STEPS_TO_MATCHING) {
      await handle.executeUpdate(journeyCommandUpdate, { args: [{ ...fields, type, actor } as JourneyCommand] });
    }
    await waitFor(async () => {
      const rows = await stack.dataSource.query(`SELECT 1 FROM tasks WHERE journey_id = $1 AND kind = 'matching_escalation'`, [journeyId]);
      return rows.length > 0 ? true : undefined;
    });
    return journeyId;
  }

  it('lists the children waiting in matching, longest wait first, saying which waits were escalated', async () => {
    const escalated = await escalatedJourney();
    const recent = await journeyInMatchingViaApi(stack.baseUrl, { childLabel: 'R.N.' });

    const answer = await http(stack.baseUrl, 'GET', '/waiting-lists/children?limit=200', { actor: COORDINATOR });

    expect(answer.status).toBe(200);
    const ids = answer.body.items.map((item: { journeyId: string }) => item.journeyId);
    expect(ids.indexOf(escalated)).toBeLessThan(ids.indexOf(recent));
    const escalatedRow = answer.body.items.find((item: { journeyId: string }) => item.journeyId === escalated);
    expect(escalatedRow).toMatchObject({ childLabel: 'E.S.', escalated: true, proposedFamilyId: null });
    // Counted in the journey's own 25 ms day, not the API's: the 60-day escalation has passed.
    expect(escalatedRow.daysWaited).toBeGreaterThanOrEqual(60);
    expect(['no_free_family', 'not_yet_proposed']).toContain(escalatedRow.reason);
    expect(answer.body.items.find((item: { journeyId: string }) => item.journeyId === recent)).toMatchObject({
      childLabel: 'R.N.',
      childAge: 8,
      escalated: false,
      daysWaited: 0,
    });
    expect(answer.body.total).toBeGreaterThanOrEqual(2);

    const reversed = await http(stack.baseUrl, 'GET', '/waiting-lists/children?sort=shortest_wait_first&limit=200', { actor: COORDINATOR });
    const reversedIds = reversed.body.items.map((item: { journeyId: string }) => item.journeyId);
    expect(reversedIds.indexOf(recent)).toBeLessThan(reversedIds.indexOf(escalated));
  });

  it('lists approved families with a free place, longest wait first, and not families still in recruitment', async () => {
    const first = await approvedFamilyViaApi(stack.baseUrl, {}, { displayName: 'Familien Først' });
    const second = await approvedFamilyViaApi(stack.baseUrl, { capacity: 2 }, { displayName: 'Familien Anden' });
    const applying = await http(stack.baseUrl, 'POST', '/families', { actor: FAMILY_APPLICANT, body: application({ displayName: 'Familien Ny' }) });

    const answer = await http(stack.baseUrl, 'GET', '/waiting-lists/families?limit=200', { actor: COORDINATOR });

    expect(answer.status).toBe(200);
    const ids = answer.body.items.map((item: { familyId: string }) => item.familyId);
    expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect(ids).not.toContain(applying.body.familyId);
    expect(answer.body.items.find((item: { familyId: string }) => item.familyId === second)).toMatchObject({
      displayName: 'Familien Anden',
      capacity: 2,
      freeCapacity: 2,
      daysWaited: 0,
      flaggedLongWait: false,
    });
    expect(['no_child_waiting', 'not_yet_proposed']).toContain(answer.body.items[0].reason);
    const sortedByApi = await http(stack.baseUrl, 'GET', '/families?stage=approved&sort=shortest_wait_first&limit=200', { actor: COORDINATOR });
    const apiIds = sortedByApi.body.items.map((item: { familyId: string }) => item.familyId);
    expect(apiIds.indexOf(second)).toBeLessThan(apiIds.indexOf(first));
  });

  it('answers 400 for an unknown order', async () => {
    const answer = await http(stack.baseUrl, 'GET', '/waiting-lists/families?sort=alphabetical', { actor: COORDINATOR });
    expect(answer.status).toBe(400);
  });
});
