import { defaultPayloadConverter } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HistoryArchive } from '@venskab/audit/history-archive';
import { historyFromJson } from '@venskab/audit/history-json';
import { journeyWorkflowId } from '@venskab/contracts';
import { http } from './support/http';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';

const GOLDEN_DIR = path.join(__dirname, 'golden-histories');
const GOLDEN_FILES = fs.readdirSync(GOLDEN_DIR).filter((file) => file.endsWith('.json')).sort();
const AUDITOR = { userId: 'auditor-golden', role: 'auditor' as const };

// An auditor's replay through the API, of every committed golden history as if Temporal had
// already deleted it and only the archive in PostgreSQL were left.
describe('replay of the golden histories through the API', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  });
  afterAll(() => stack.stop());

  it.each(GOLDEN_FILES)('%s replays deterministically from the archive', async (file) => {
    const history = historyFromJson(fs.readFileSync(path.join(GOLDEN_DIR, file), 'utf8'));
    const journeyId = randomUUID();
    await new HistoryArchive(stack.dataSource).archive({ workflowId: journeyWorkflowId(journeyId), runId: randomUUID(), history });

    const answer = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/replay`, { actor: AUDITOR });

    expect(answer.status).toBe(200);
    expect(answer.body.deterministic).toBe(true);
    expect(answer.body.runs).toEqual([expect.objectContaining({ source: 'archive', ok: true })]);
    const completed = history.events!.at(-1)!.workflowExecutionCompletedEventAttributes!;
    const finalState = defaultPayloadConverter.fromPayload<{ stage: string }>(completed.result!.payloads![0]);
    expect(answer.body.state.stage).toBe(finalState.stage);
  });

  it('refuses the replay to anyone but an auditor', async () => {
    const coordinator = { userId: 'coordinator-golden', role: 'coordinator' as const };
    expect((await http(stack.baseUrl, 'POST', `/journeys/${randomUUID()}/replay`, { actor: coordinator })).status).toBe(403);
  });
});
