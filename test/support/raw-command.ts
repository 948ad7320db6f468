import type { Identity } from '../../apps/api/src/identity/identity';
import { familyViewQuery, familyWorkflowId, journeyViewQuery, journeyWorkflowId } from '@venskab/contracts';
import type { Client } from '@temporalio/client';
import { HttpAnswer, tokenFor } from './http';

/** A POST whose body is sent exactly as given (any text, any content type, or none), for tests of bad input. */
export async function rawPost(baseUrl: string, path: string, actor: Identity, body: { text?: string; contentType?: string } = {}): Promise<HttpAnswer> {
  const headers: Record<string, string> = { authorization: `Bearer ${await tokenFor(actor)}` };
  if (body.contentType) headers['content-type'] = body.contentType;
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body: body.text });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: kept as text so a failing assertion shows it
  }
  return { status: response.status, body: parsed };
}

/** How many events the aggregate's workflow holds: the measure of "nothing changed". */
export async function eventCountOf(client: Client, aggregate: { journeyId: string } | { familyId: string }): Promise<number> {
  const view =
    'journeyId' in aggregate
      ? await client.workflow.getHandle(journeyWorkflowId(aggregate.journeyId)).query(journeyViewQuery)
      : await client.workflow.getHandle(familyWorkflowId(aggregate.familyId)).query(familyViewQuery);
  return view.eventCount;
}
