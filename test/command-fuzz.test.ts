import fc from 'fast-check';
import type { Identity } from '../apps/api/src/identity/identity';
import { activeJourneyViaApi, approvedFamilyViaApi, familyAccount } from './support/family-applications';
import { http } from './support/http';
import { eventCountOf, rawPost } from './support/raw-command';
import { CASEWORKER, COORDINATOR } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';

/*
 * Every command route, read from the API's own OpenAPI document, gets generated bodies (seeded, so a
 * failure repeats): wrong types, missing and unknown fields, huge strings, deep nesting, arrays, null
 * and non-objects. None may answer 5xx, and none answered 4xx may change the aggregate.
 */

const BODIES_PER_ROUTE = 26;
const SEED = 1717;

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
}

interface CommandRoute {
  path: string;
  kind: 'journey' | 'family';
  type: string;
  senders: string[];
  schema: Schema;
}

function commandRoutesIn(document: { paths: Record<string, { post?: { description?: string; requestBody?: { content: Record<string, { schema: Schema }> } } }> }): CommandRoute[] {
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const match = /^\/(journeys|families)\/\{(?:journeyId|familyId)\}\/commands\/(\w+)$/.exec(path);
    if (!match || !item.post?.requestBody) return [];
    const senders = /Sent by: ([^.]+)\./.exec(item.post.description ?? '')?.[1].split(', ') ?? [];
    return [{ path, kind: match[1] === 'journeys' ? ('journey' as const) : ('family' as const), type: match[2], senders, schema: item.post.requestBody.content['application/json'].schema }];
  });
}

const deeplyNested = fc.integer({ min: 9, max: 3000 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown);
const hugeString = fc.integer({ min: 2_000, max: 300_000 }).map((length) => 'å'.repeat(length));
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const anything = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }), deeplyNested);

/** A value that the property's schema does not allow: another type, null where null is not allowed, too long, out of range, not a word of its vocabulary. */
function wrongFor(schema: Schema, resolve: (schema: Schema) => Schema): fc.Arbitrary<unknown> {
  const own = resolve(schema);
  const type = own.type ?? (own.properties || own.$ref ? 'object' : undefined);
  const choices: fc.Arbitrary<unknown>[] = [deeplyNested, fc.constant({ unexpected: true })];
  if (!own.nullable) choices.push(fc.constant(null));
  if (type !== 'string') choices.push(fc.string({ maxLength: 20 }), hugeString);
  if (type === 'string' && own.maxLength !== undefined) choices.push(fc.constant('x'.repeat(own.maxLength + 1)));
  if (type === 'string' && own.enum) choices.push(fc.string({ maxLength: 12 }).filter((word) => !own.enum!.includes(word)));
  if (type !== 'number' && type !== 'integer') choices.push(fc.integer(), fc.double({ noNaN: true }));
  if (type === 'integer') choices.push(fc.double({ min: 0.1, max: 0.9, noNaN: true }));
  if (own.maximum !== undefined) choices.push(fc.constant(own.maximum + 1));
  if (own.minimum !== undefined) choices.push(fc.constant(own.minimum - 1));
  if (type !== 'boolean') choices.push(fc.boolean());
  if (type !== 'array') choices.push(fc.array(scalar, { minLength: 1, maxLength: 3 }));
  if (type === 'array') choices.push(fc.constant([null]), fc.constant([[[]]]));
  return fc.oneof(...choices);
}

/** An object body that is wrong by construction: a wrong value, an unknown or machinery key, or a missing required field. */
function objectBody(schema: Schema, resolve: (schema: Schema) => Schema): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const required = schema.required ?? [];
  const wrongs = properties.length
    ? fc.subarray(properties).chain((chosen) => fc.tuple(...chosen.map(([name, property]) => wrongFor(property, resolve).map((value) => [name, value] as const))))
    : fc.constant([] as Array<readonly [string, unknown]>);
  const extraKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'actor', 'eventCount'), fc.string({ minLength: 1, maxLength: 10 }));
  const known = new Set(properties.map(([name]) => name));
  const extras = fc.array(fc.tuple(extraKey.filter((key) => !known.has(key)), anything), { maxLength: 2 });
  return fc
    .tuple(wrongs, extras)
    .filter(([wrong, extra]) => wrong.length + extra.length > 0 || required.length > 0)
    .map(([wrong, extra]) => {
      const body: Record<string, unknown> = {};
      // defineProperty keeps "__proto__" an ordinary own key, as a client's JSON would send it.
      for (const [key, value] of [...wrong, ...extra]) Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true });
      return body;
    });
}

function bodiesFor(schema: Schema, resolve: (schema: Schema) => Schema): fc.Arbitrary<unknown> {
  const nonObject = fc.oneof(fc.constant(null), fc.string({ maxLength: 30 }), fc.integer(), fc.boolean(), fc.array(anything, { maxLength: 3 }), hugeString, deeplyNested);
  return fc.oneof({ arbitrary: objectBody(resolve(schema), resolve), weight: 4 }, { arbitrary: nonObject, weight: 1 });
}

describe('command fuzz', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  }, 120_000);
  afterAll(() => stack.stop());

  it('answers no generated body with 5xx, and none answered 4xx changes its journey or family', async () => {
    const familyId = await approvedFamilyViaApi(stack.baseUrl, { capacity: 2 });
    const journeyId = await activeJourneyViaApi(stack.baseUrl, familyId);
    const document = (await http(stack.baseUrl, 'GET', '/api/docs-json')).body;
    const schemas: Record<string, Schema> = document.components.schemas;
    const resolve = (schema: Schema): Schema => {
      if (schema.$ref) return resolve(schemas[schema.$ref.replace('#/components/schemas/', '')]);
      if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
      return schema;
    };
    const routes = commandRoutesIn(document);
    expect(routes.filter((route) => route.kind === 'journey').length).toBeGreaterThan(20);
    expect(routes.filter((route) => route.kind === 'family').length).toBeGreaterThan(10);

    const identities: Record<string, Identity> = {
      coordinator: COORDINATOR,
      caseworker: CASEWORKER,
      volunteer_family: familyAccount(familyId),
      parent: { userId: 'parent-of-fuzzed-child', role: 'parent', journeyIds: [journeyId] },
    };
    const statuses: Record<number, number> = {};
    const unchanged: string[] = [];
    let sent = 0;
    const started = Date.now();
    for (const [index, route] of routes.entries()) {
      const sender = identities[route.senders.includes('coordinator') ? 'coordinator' : route.senders.find((role) => role in identities)!];
      const aggregate = route.kind === 'journey' ? { journeyId } : { familyId };
      const path = route.path.replace(/\{\w+\}/, route.kind === 'journey' ? journeyId : familyId);
      let expected = await eventCountOf(stack.client, aggregate);
      for (const body of fc.sample(bodiesFor(route.schema, resolve), { seed: SEED + index, numRuns: BODIES_PER_ROUTE })) {
        const text = JSON.stringify(body) ?? 'null';
        const answer = await rawPost(stack.baseUrl, path, sender, { text, contentType: 'application/json' });
        sent += 1;
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status >= 500) unchanged.push(`${route.type} answered ${answer.status} to ${text.slice(0, 200)}`);
        if (answer.status < 300) expected = await eventCountOf(stack.client, aggregate);
      }
      const now = await eventCountOf(stack.client, aggregate);
      if (now !== expected) unchanged.push(`${route.type}: ${now - expected} events from refused bodies`);
    }
    const accepted = Object.entries(statuses).filter(([status]) => Number(status) < 300).reduce((sum, [, count]) => sum + count, 0);
    console.log(`command fuzz: ${sent} bodies to ${routes.length} routes in ${Date.now() - started} ms; statuses ${JSON.stringify(statuses)}`);

    expect(unchanged).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(1000);
    expect(accepted).toBeLessThan(sent * 0.02);
  }, 180_000);
});
