import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeHistory } from '@venskab/audit/decode-history';
import { historyFromJson } from '@venskab/audit/history-json';
import { EncryptionCodec } from '@venskab/platform/codec/encryption-codec';
import { KeyringSource, readKeyringFile } from '@venskab/platform/codec/keyring-file';
import { GOLDEN_KEYRING_FILE, GOLDEN_MASTER_KEY } from '../scripts/golden/golden-keyring';

// Workflow ids, task queues and search attributes are never encrypted (Temporal lists and filters
// by them), so they may carry no personal data. The golden scenarios' recorded histories are the
// scenarios as driven: every personal value their commands carried is looked for there.
const GOLDEN_DIR = path.join(__dirname, 'golden-histories');
const FILES = [
  ...fs.readdirSync(GOLDEN_DIR).filter((file) => file.endsWith('.json')),
  ...fs.readdirSync(path.join(GOLDEN_DIR, 'families')).map((file) => path.join('families', file)),
].sort();
const codec = new EncryptionCodec(new KeyringSource(readKeyringFile(GOLDEN_KEYRING_FILE), GOLDEN_MASTER_KEY));

/** Fields of the commands and inputs that hold what people wrote or who they are. */
const PERSONAL_FIELD = /^(childLabel|situation|needs|interests|note|notes|text|name|displayName|email|phone|motivation|expectations|reason|custodyHolders|description|address|comment|pickUp|return)$/;

type Event = temporal.api.history.v1.IHistoryEvent;
type Payload = temporal.api.common.v1.IPayload;

const read = (payload: Payload | null | undefined): unknown => (payload ? defaultPayloadConverter.fromPayload(payload as never) : undefined);

function personalValues(node: unknown, found: Set<string>, key = ''): Set<string> {
  if (typeof node === 'string') {
    if (PERSONAL_FIELD.test(key) && node.length >= 4) found.add(node);
  } else if (Array.isArray(node)) {
    for (const item of node) personalValues(item, found, key);
  } else if (typeof node === 'object' && node !== null) {
    for (const [child, value] of Object.entries(node)) personalValues(value, found, child);
  }
  return found;
}

/** What people sent into the workflow: its input, every update's and signal's arguments. */
function commandsOf(events: Event[]): unknown[] {
  return events.flatMap((event) => [
    ...(event.workflowExecutionStartedEventAttributes?.input?.payloads ?? []),
    ...(event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.args?.payloads ?? []),
    ...(event.workflowExecutionSignaledEventAttributes?.input?.payloads ?? []),
  ]).map(read);
}

/** Everything about a run that is stored in plain text by design: ids, task queues, search attributes. */
function plainIdentifiers(events: Event[]): string[] {
  const values: string[] = [];
  for (const event of events) {
    const started = event.workflowExecutionStartedEventAttributes;
    if (started) {
      values.push(started.workflowId ?? '', started.taskQueue?.name ?? '', started.workflowType?.name ?? '');
      for (const field of Object.values(started.searchAttributes?.indexedFields ?? {})) values.push(JSON.stringify(read(field)));
    }
    for (const field of Object.values(event.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {})) values.push(JSON.stringify(read(field)));
    values.push(event.signalExternalWorkflowExecutionInitiatedEventAttributes?.workflowExecution?.workflowId ?? '');
    values.push(event.startChildWorkflowExecutionInitiatedEventAttributes?.workflowId ?? '');
    values.push(event.activityTaskScheduledEventAttributes?.activityId ?? '', event.activityTaskScheduledEventAttributes?.taskQueue?.name ?? '');
  }
  return values.filter((value) => value !== '');
}

describe('no personal data outside the codec', () => {
  it.each(FILES)('%s: no workflow id, task queue or search attribute holds a personal value of the scenario', async (file) => {
    const raw = historyFromJson(fs.readFileSync(path.join(GOLDEN_DIR, file), 'utf8'));
    const workflowId = raw.events![0].workflowExecutionStartedEventAttributes!.workflowId!;
    const events = (await decodeHistory(raw, [codec], workflowId, 'default')).events!;
    const personal = [...personalValues(commandsOf(events), new Set())];
    // The scenario did carry personal values, so the search below looks for something.
    expect(personal.length).toBeGreaterThan(0);
    const identifiers = plainIdentifiers(events);
    expect(identifiers.length).toBeGreaterThan(0);
    const leaks = identifiers.flatMap((identifier) => personal.filter((value) => identifier.includes(value)).map((value) => `${identifier} ⊃ ${value}`));
    expect(leaks).toEqual([]);
  });
});
