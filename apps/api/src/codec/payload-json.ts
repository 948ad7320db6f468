import type { Payload } from '@temporalio/common';

/** A payload as Temporal's web UI sends it to a codec server: proto3 JSON, bytes in base64. */
export interface PayloadJson {
  metadata?: Record<string, string>;
  data?: string;
}

const fromBase64 = (value: string | undefined) => new Uint8Array(Buffer.from(value ?? '', 'base64'));
const toBase64 = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('base64');

export function payloadFromJson(json: PayloadJson): Payload {
  return {
    metadata: Object.fromEntries(Object.entries(json.metadata ?? {}).map(([key, value]) => [key, fromBase64(value)])),
    data: fromBase64(json.data),
  };
}

export function payloadToJson(payload: Payload): PayloadJson {
  return {
    metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, toBase64(value)])),
    data: toBase64(payload.data),
  };
}
