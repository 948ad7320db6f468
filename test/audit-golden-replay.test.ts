import { defaultPayloadConverter } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeHistory } from '@venskab/audit/decode-history';
import { HistoryArchive } from '@venskab/audit/history-archive';
import { historyFromJson } from '@venskab/audit/history-json';
import { journeyWorkflowId } from '@venskab/contracts';
import { importWrappedKeys } from '@venskab/platform/codec/data-key-store';
import { readKeyringFile, rewrapKeys } from '@venskab/platform/codec/keyring-file';
import { GOLDEN_KEYRING_FILE, GOLDEN_MASTER_KEY } from '../scripts/golden/golden-keyring';
import { http } from './support/http';
import { TEST_MASTER_KEY } from './support/test-master-key';
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
    // The histories' data keys, brought under the test stack's master key as an operator would move keys between stores.
    await importWrappedKeys(stack.dataSource, rewrapKeys(readKeyringFile(GOLDEN_KEYRING_FILE), GOLDEN_MASTER_KEY, Buffer.from(TEST_MASTER_KEY, 'hex')));
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
    const plain = await decodeHistory(historyFromJson(fs.readFileSync(path.join(GOLDEN_DIR, file), 'utf8')), [stack.protection.codec], journeyWorkflowId(journeyId), 'default');
    const completed = plain.events!.at(-1)!.workflowExecutionCompletedEventAttributes!;
    const finalState = defaultPayloadConverter.fromPayload<{ stage: string }>(completed.result!.payloads![0]);
    expect(answer.body.state.stage).toBe(finalState.stage);
  });

  it('refuses the replay to anyone but an auditor', async () => {
    const coordinator = { userId: 'coordinator-golden', role: 'coordinator' as const };
    expect((await http(stack.baseUrl, 'POST', `/journeys/${randomUUID()}/replay`, { actor: coordinator })).status).toBe(403);
  });
});
