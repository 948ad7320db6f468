import * as proto from '@temporalio/proto';
import { patchProtobufRoot } from '@temporalio/proto/lib/patch-protobuf-root';
import { createRequire } from 'node:module';

/**
 * Workflow histories as proto3 JSON, the format of `temporal workflow show --output json`.
 *
 * Why not historyToJSON / historyFromJSON of @temporalio/common/lib/proto-utils: in this install
 * @temporalio/common and @temporalio/proto each carry their own protobufjs, and protojson's
 * `instanceof Type` check fails across the two copies ("type must be a Type"). The protojson used
 * here is the one of the protobufjs that @temporalio/proto itself loads, so types and converter match.
 */
export type History = proto.temporal.api.history.v1.IHistory;

interface ProtoJson {
  toJson(type: unknown, message: unknown): unknown;
  fromJson(type: unknown, json: unknown, options?: { ignoreUnknownFields?: boolean }): unknown;
}

const requireFromProto = createRequire(require.resolve('@temporalio/proto/package.json'));
const protojson = requireFromProto('protobufjs/ext/protojson') as ProtoJson;
const historyType = (patchProtobufRoot(proto) as unknown as { lookupType(name: string): unknown }).lookupType('temporal.api.history.v1.History');

/** The history as proto3 JSON text; `indent` for files meant to be read and diffed (golden histories). */
export function historyToJson(history: History, indent?: number): string {
  return JSON.stringify(protojson.toJson(historyType, proto.temporal.api.history.v1.History.fromObject(history)), null, indent);
}

/** A History message from proto3 JSON, as Worker.runReplayHistory takes it; unknown fields (a newer server's) are ignored. */
export function historyFromJson(json: string): proto.temporal.api.history.v1.History {
  const history = protojson.fromJson(historyType, JSON.parse(json), { ignoreUnknownFields: true }) as proto.temporal.api.history.v1.History | null;
  if (!history || !Array.isArray(history.events) || history.events.length === 0) throw new TypeError('not a workflow history');
  return history;
}

/**
 * Milliseconds of a history timestamp, floored like the SDK's workflow clock. Histories from the
 * client carry Long seconds, histories parsed from JSON plain numbers; both print as decimals.
 */
export function timestampMs(timestamp: proto.google.protobuf.ITimestamp): number {
  return Number(String(timestamp.seconds ?? 0)) * 1000 + Math.floor((timestamp.nanos ?? 0) / 1_000_000);
}
