import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Identity } from '../apps/api/src/identity/identity';
import { createApp } from '../apps/api/src/create-app';
import type { Role } from '@venskab/domain/shared/actor';
import { PERMISSIONS as FAMILY_PERMISSIONS } from '@venskab/domain/family/permissions';
import { COMMAND_RULES } from '@venskab/domain/journey';
import { createLogger } from '@venskab/platform/logging/logger';
import { activeJourneyViaApi, approvedFamilyViaApi, familyAccount, journeyStep } from './support/family-applications';
import { http, tokenFor } from './support/http';
import { CASEWORKER, COORDINATOR } from './support/referrals';
import { startTestStack, TestStack } from './support/test-stack';

type Caller = Exclude<Role, 'system'> | 'anonymous';
const C = 'caseworker', K = 'coordinator', F = 'volunteer_family', P = 'parent', M = 'programme_manager', A = 'auditor';

/**
 * Who may call what, written out by hand (not read from access-policy.ts, so a wrong entry there
 * shows up here). "public" routes answer anyone; the roles listed get past the guard (2xx, or a 4xx
 * that is not 401/403/404); every other role gets 403 and a caller without a token 401.
 */
const EXPECTED: Record<string, readonly Role[] | 'public' | 'absent'> = {
  'GET /health': 'public',
  'GET /config/ui': 'public',
  // @nestjs/swagger registers this to answer 404 (it will not serve swagger-ui's licence file).
  'GET /api/docs/LICENSE': 'absent',
  'POST /auth/token': 'public',
  'POST /auth/sign-out': [C, K, F, P, M, A],
  'GET /auth/me': [C, K, F, P, M, A],
  'GET /invitations/:token': 'public',
  'POST /invitations/:token/accept': 'public',
  'POST /people': [K, C, M],
  'GET /people': [K, C, M],
  'POST /people/:personId/invitation': [K, C, M],
  'POST /people/:personId/sessions/revoke': [K, C, M],
  'POST /people/:personId/deactivate': [K, C, M],
  'POST /journeys': [C],
  'GET /journeys': [C, K, F, P, A],
  'GET /journeys/:journeyId': [C, K, F, P, A],
  'GET /journeys/:journeyId/row': [C, K, F, P, A],
  'GET /journeys/:journeyId/events': [K, A],
  'GET /journeys/:journeyId/timeline': [K, A],
  'POST /journeys/:journeyId/replay': [A],
  'GET /journeys/:journeyId/match-suggestions': [K],
  'POST /journeys/:journeyId/commands/*': [C, K, F, P],
  'GET /audit/read-log': [A],
  'POST /codec/decode': [K, A],
  'POST /codec/encode': [K, A],
  'POST /families': [K, F],
  'GET /families': [K, M, A],
  'GET /families/:familyId': [K, F, A],
  'GET /families/:familyId/events': [K, F, A],
  'POST /families/:familyId/commands/*': [K, F],
  'GET /waiting-lists/children': [K, M, A],
  'GET /waiting-lists/families': [K, M, A],
  'GET /tasks': [C, K, F, M],
  'POST /tasks/:taskId/done': [K],
  'GET /programme/kpis': [K, M, A],
  'GET /programme/forecast': [K, M, A],
  'GET /notifications': [C, K, F, P, M],
  'GET /notifications/unread-count': [C, K, F, P, M],
  'POST /notifications/read-all': [C, K, F, P, M],
  'POST /notifications/:notificationId/read': [C, K, F, P, M],
};

/** The expectation for a route: exact, or its aggregate's command group; the documentation is public. */
function expectationFor(key: string): readonly Role[] | 'public' | 'absent' | undefined {
  const exact = EXPECTED[key] ?? commandExpectation(key);
  return exact ?? (/^GET \/api\/docs/.test(key) ? 'public' : undefined);
}

/** A command route: its group's roles, narrowed to those the domain lets send that command (any other role gets 403). */
function commandExpectation(key: string): readonly Role[] | 'public' | 'absent' | undefined {
  const group = EXPECTED[key.replace(/\/commands\/[^/]+$/, '/commands/*')];
  const type = /\/commands\/(\w+)$/.exec(key)?.[1] ?? '';
  const rules: Record<string, { roles: readonly Role[] } | undefined> = key.includes('/journeys/') ? COMMAND_RULES : FAMILY_PERMISSIONS;
  const senders = rules[type]?.roles;
  return Array.isArray(group) && senders ? group.filter((role) => senders.includes(role)) : group;
}

interface Route {
  method: 'GET' | 'POST';
  path: string;
}

/** Every route Express will answer, as Nest (and the OpenAPI setup) registered them. */
function registeredRoutes(app: INestApplication): Route[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((method) => method === 'get' || method === 'post')
          .map((method) => ({ method: method.toUpperCase() as Route['method'], path: layer.route!.path }))
      : [],
  );
}

/** One request as a client sends it; the answer's text as it is (the documentation answers HTML). */
async function probe(baseUrl: string, method: Route['method'], path: string, actor: Identity | undefined): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  // Signing out ends the session, so it gets a person of its own rather than the caller's shared one.
  const caller = actor && path === '/auth/sign-out' ? { ...actor, userId: `${actor.userId}-signing-out` } : actor;
  if (caller) headers.authorization = `Bearer ${await tokenFor(caller)}`;
  // A body no DTO accepts: commands are checked by the guard and the validation, never carried out.
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: method === 'POST' ? JSON.stringify({ matrixProbe: true }) : undefined });
  return { status: response.status, body: await response.text() };
}

/** Keys anywhere in a JSON value, at any depth. */
function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)]);
  return [];
}

describe('access matrix: every route × every role', () => {
  let stack: TestStack;
  let app: INestApplication;
  let baseUrl: string;
  let familyId: string;
  let journeyId: string;
  let callers: Record<Caller, Identity | undefined>;

  beforeAll(async () => {
    stack = await startTestStack();
    app = await createApp(stack.config, createLogger('api-test', stack.config));
    await app.listen(0, '127.0.0.1');
    baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    familyId = await approvedFamilyViaApi(baseUrl);
    journeyId = await activeJourneyViaApi(baseUrl, familyId);
    await journeyStep(baseUrl, journeyId, 'WriteLogbookEntry', { week: 1, visit: 'held', note: 'SECRET-LOGBOOK-TEXT: a good afternoon.', concern: false }, familyAccount(familyId));
    callers = {
      caseworker: CASEWORKER,
      coordinator: COORDINATOR,
      volunteer_family: familyAccount(familyId),
      parent: { userId: 'parent-matrix', role: 'parent', journeyIds: [journeyId] },
      programme_manager: { userId: 'manager-eva', role: 'programme_manager' },
      auditor: { userId: 'auditor-ida', role: 'auditor' },
      anonymous: undefined,
    };
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await stack?.stop();
  });

  it('has an expectation for every registered route, so a new endpoint without a rule fails here', () => {
    const routes = registeredRoutes(app);
    expect(routes.length).toBeGreaterThan(50);
    const unlisted = routes.map(({ method, path }) => `${method} ${path}`).filter((key) => expectationFor(key) === undefined);
    expect(unlisted).toEqual([]);
  });

  it('lets each role past the guard exactly where the table says, 403 elsewhere, 401 without a token', async () => {
    const concrete = (path: string) =>
      path
        .replace(':journeyId', journeyId)
        .replace(':familyId', familyId)
        .replace(':taskId', 'probe')
        .replace(':personId', 'probe')
        .replace(':notificationId', 'probe')
        .replace(':token', 'probe')
        .replace(':commandType', 'NoSuchCommand');
    const mismatches: string[] = [];
    let checked = 0;
    for (const { method, path } of registeredRoutes(app)) {
      const expected = expectationFor(`${method} ${path}`)!;
      for (const [caller, actor] of Object.entries(callers) as Array<[Caller, Identity | undefined]>) {
        const answer = await probe(baseUrl, method, concrete(path), actor);
        const allowed = expected === 'public' || (expected !== 'absent' && caller !== 'anonymous' && expected.includes(caller));
        const want = expected === 'absent' ? '404' : allowed ? 'allowed' : caller === 'anonymous' ? '401' : '403';
        // The probe's person, invitation and notification do not exist: the handler's own 404 shows the caller got past the guard.
        const unknownProbe = answer.status === 404 && /"code":"(person_not_found|invitation_unknown|notification_not_found)"/.test(answer.body);
        const got = answer.status === 401 ? '401' : answer.status === 403 ? '403' : answer.status === 404 && !unknownProbe ? '404' : answer.status >= 200 && answer.status < 500 ? 'allowed' : `${answer.status}`;
        checked += 1;
        if (want !== got) mismatches.push(`${method} ${path} as ${caller}: expected ${want}, got ${answer.status} ${answer.body.slice(0, 160)}`);
      }
    }
    expect(checked).toBeGreaterThan(350);
    expect(mismatches).toEqual([]);
  }, 120_000);

  it("hides another caseworker's child (404), and shows the referring caseworker milestones only, never logbook text", async () => {
    // An id no other test file uses: the run's database is shared, and the list must be empty for this caseworker.
    const other: Identity = { userId: `caseworker-matrix-${randomUUID()}`, role: 'caseworker' };
    expect((await http(baseUrl, 'GET', `/journeys/${journeyId}`, { actor: other })).status).toBe(404);
    expect((await http(baseUrl, 'GET', `/journeys/${journeyId}/row`, { actor: other })).status).toBe(404);
    const command = await http(baseUrl, 'POST', `/journeys/${journeyId}/commands/RaiseConcern`, { actor: other, body: { source: 'conversation', description: 'Probing.' } });
    expect(command.status).toBe(404);
    expect((await http(baseUrl, 'GET', '/journeys', { actor: other })).body.items).toEqual([]);

    const own = await http(baseUrl, 'GET', `/journeys/${journeyId}`, { actor: CASEWORKER });
    expect(own.status).toBe(200);
    expect(Object.keys(own.body).sort()).toEqual(['journeyId', 'milestones', 'stage']);
    expect(own.body.milestones.map((milestone: { type: string }) => milestone.type)).toEqual(['ChildReferred', 'ConsentGiven', 'MatchMade', 'FriendshipMeetingHeld']);
    expect(keysDeep(own.body)).not.toContain('logbook');
    expect(JSON.stringify(own.body)).not.toContain('SECRET-LOGBOOK-TEXT');
    // The coordinator, by contrast, sees the entry.
    const full = await http(baseUrl, 'GET', `/journeys/${journeyId}`, { actor: COORDINATOR });
    expect(JSON.stringify(full.body.state.logbook)).toContain('SECRET-LOGBOOK-TEXT');
  });

  it("keeps a family out of another family's journey: neither read nor write", async () => {
    const stranger = familyAccount(await approvedFamilyViaApi(baseUrl));
    expect((await http(baseUrl, 'GET', `/journeys/${journeyId}`, { actor: stranger })).status).toBe(404);
    expect((await http(baseUrl, 'GET', `/journeys/${journeyId}/row`, { actor: stranger })).status).toBe(404);
    const write = await http(baseUrl, 'POST', `/journeys/${journeyId}/commands/WriteLogbookEntry`, {
      actor: stranger,
      body: { week: 2, visit: 'held', note: 'Not our child.', concern: false },
    });
    expect(write.status).toBe(404);
    expect((await http(baseUrl, 'GET', `/families/${familyId}`, { actor: stranger })).status).toBe(404);
    expect((await http(baseUrl, 'POST', `/families/${familyId}/commands/Pause`, { actor: stranger, body: {} })).status).toBe(404);
    expect((await http(baseUrl, 'GET', '/journeys', { actor: stranger })).body.items).toEqual([]);
  });
});
