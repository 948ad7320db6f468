import type { Client } from '@temporalio/client';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { decode } from '@temporalio/common/lib/internal-non-workflow';
import type { History } from './history-json';
import type { JourneyRunHistory } from './journey-run-history';

type Node = Record<string, unknown>;

function isPayload(value: Node): boolean {
  const metadata = value.metadata as Node | null | undefined;
  return typeof metadata === 'object' && metadata !== null && ArrayBuffer.isView(metadata.encoding);
}

/** Every Payload in the history (inputs, results, failures' encoded attributes, memos, headers), with a setter to replace it. */
function payloadSlots(node: unknown, slots: Array<{ payload: Payload; replace(decoded: Payload): void }>): void {
  if (typeof node !== 'object' || node === null || ArrayBuffer.isView(node)) return;
  const parent = node as Node;
  for (const [key, value] of Object.entries(parent)) {
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) continue;
    if (isPayload(value as Node)) {
      slots.push({ payload: value as Payload, replace: (decoded) => (parent[key] = decoded) });
    } else {
      payloadSlots(value, slots);
    }
  }
}

/**
 * Decodes every payload of a history just read (from Temporal or the archive) in place with
 * `codecs` (a client's), as the timeline, the reconstruction and the replay read it. Histories are
 * stored encoded; only this in-memory copy holds plain text. A payload whose key is missing fails
 * the whole read with the codec's error, which names the journey.
 */
export async function decodeHistory(history: History, codecs: PayloadCodec[], workflowId: string, namespace: string): Promise<History> {
  const slots: Array<{ payload: Payload; replace(decoded: Payload): void }> = [];
  payloadSlots(history, slots);
  const decoded = await decode(codecs, slots.map((slot) => slot.payload), { type: 'workflow', namespace, workflowId });
  slots.forEach((slot, index) => slot.replace(decoded[index] as Payload));
  return history;
}

/** Runs read from a HistorySource, decoded in place with `client`'s codecs (the client that reads them also decrypts them). */
export async function decodeRuns(runs: JourneyRunHistory[], client: Client): Promise<JourneyRunHistory[]> {
  const { loadedDataConverter, namespace } = client.options;
  for (const run of runs) await decodeHistory(run.history, loadedDataConverter.payloadCodecs, run.workflowId, namespace);
  return runs;
}
