import { randomUUID } from 'node:crypto';
import { approvedFamilyViaApi } from './support/family-applications';
import { journeyInMatchingViaApi } from './support/family-journeys';
import { http } from './support/http';
import { CASEWORKER, COORDINATOR, eligibleReferral } from './support/referrals';
import { startTestStackWithApi, TestStackWithApi } from './support/test-stack';

/** The child lives by Copenhagen City Hall. */
const CHILD_AT = 'lat=55.6761&lon=12.5683';

// Suggestions rank the families' projected candidates for a child read from the journey's live state.
describe('match suggestions', () => {
  let stack: TestStackWithApi;
  beforeAll(async () => {
    stack = await startTestStackWithApi();
  });
  afterAll(() => stack.stop());

  it('ranks a nearby family above a distant one and lists an unsuitable family with its reasons', async () => {
    const nearby = await approvedFamilyViaApi(
      stack.baseUrl,
      { home: { lat: 55.6786, lon: 12.5635 }, homeDistrict: 'Indre By', weekdaysAvailable: ['tuesday'], interests: ['football'] },
      { displayName: 'Familien Nær' },
    );
    const distant = await approvedFamilyViaApi(
      stack.baseUrl,
      { home: { lat: 55.6415, lon: 12.0803 }, homeDistrict: 'Roskilde', weekdaysAvailable: ['wednesday'] },
      { displayName: 'Familien Fjern' },
    );
    const saturdaysOnly = await approvedFamilyViaApi(
      stack.baseUrl,
      { weekdaysAvailable: ['saturday'], needsAbleToMeet: [] },
      { displayName: 'Familien Lørdag' },
    );
    const journeyId = await journeyInMatchingViaApi(stack.baseUrl);

    const answer = await http(
      stack.baseUrl,
      'GET',
      `/journeys/${journeyId}/match-suggestions?${CHILD_AT}&weekdays=tuesday,wednesday&needs=anxiety`,
      { actor: COORDINATOR },
    );

    expect(answer.status).toBe(200);
    expect(answer.body.child).toMatchObject({ journeyId, age: 8, interests: ['football', 'drawing'], needs: ['anxiety'] });
    const ranked = answer.body.suggestions.map((suggestion: { familyId: string }) => suggestion.familyId);
    expect(ranked.indexOf(nearby)).toBeGreaterThanOrEqual(0);
    expect(ranked.indexOf(nearby)).toBeLessThan(ranked.indexOf(distant));
    const best = answer.body.suggestions.find((suggestion: { familyId: string }) => suggestion.familyId === nearby);
    expect(best.reasons.map((reason: { code: string }) => reason.code)).toEqual(
      expect.arrayContaining(['matching.transport_time', 'matching.shared_interests', 'matching.common_weekdays']),
    );
    const left = answer.body.excluded.find((exclusion: { familyId: string }) => exclusion.familyId === saturdaysOnly);
    expect(left.displayName).toBe('Familien Lørdag');
    expect(left.reasons.map((reason: { code: string }) => reason.code)).toEqual(['matching.no_common_weekday', 'matching.need_not_met']);
    expect(ranked).not.toContain(saturdaysOnly);

    const withoutNeeds = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}/match-suggestions?${CHILD_AT}&weekdays=tuesday`, { actor: COORDINATOR });
    const leftWithoutNeeds = withoutNeeds.body.excluded.find((exclusion: { familyId: string }) => exclusion.familyId === saturdaysOnly);
    expect(leftWithoutNeeds.reasons.map((reason: { code: string }) => reason.code)).toEqual(['matching.no_common_weekday']);
  });

  it("uses the child's home, weekdays and needs recorded at the screening visit, which the query may override", async () => {
    const nearby = await approvedFamilyViaApi(
      stack.baseUrl,
      { home: { lat: 55.6786, lon: 12.5635 }, homeDistrict: 'Indre By', weekdaysAvailable: ['thursday'], needsAbleToMeet: [] },
      { displayName: 'Familien Torsdag' },
    );
    const profile = { homeDistrict: 'Indre By', home: { lat: 55.6761, lon: 12.5683 }, weekdaysPossible: ['thursday'], needs: ['autism'] };
    const journeyId = await journeyInMatchingViaApi(stack.baseUrl, {}, profile);

    const recorded = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}/match-suggestions`, { actor: COORDINATOR });
    expect(recorded.status).toBe(200);
    expect(recorded.body.child).toMatchObject({ home: profile.home, weekdaysPossible: ['thursday'], needs: ['autism'] });
    const excluded = recorded.body.excluded.find((exclusion: { familyId: string }) => exclusion.familyId === nearby);
    expect(excluded.reasons.map((reason: { code: string }) => reason.code)).toEqual(['matching.need_not_met']);

    const overridden = await http(stack.baseUrl, 'GET', `/journeys/${journeyId}/match-suggestions?weekdays=monday&needs=`, { actor: COORDINATOR });
    expect(overridden.body.child).toMatchObject({ home: profile.home, weekdaysPossible: ['monday'], needs: [] });

    // Checked field by field before the journey sees it.
    const badProfile = await http(stack.baseUrl, 'POST', `/journeys/${journeyId}/commands/RecordScreeningVisit`, {
      actor: COORDINATOR,
      body: { baseline: { psychological: 2, relational: 2, socialCompetences: 2, coping: 2, selfPerception: 2, school: 2 }, matchingProfile: { ...profile, weekdaysPossible: [], home: { lat: 100, lon: 12 } } },
    });
    expect(badProfile.status).toBe(400);
    const problems = badProfile.body.message.join(' ');
    expect(problems).toMatch('matchingProfile.weekdaysPossible');
    expect(problems).toMatch('matchingProfile.home.lat');
  });

  it('answers 409 for a journey not waiting in matching, 404 for an unknown one, 400 without the child details', async () => {
    const referred = await http(stack.baseUrl, 'POST', '/journeys', { actor: CASEWORKER, body: eligibleReferral() });
    const notYet = await http(stack.baseUrl, 'GET', `/journeys/${referred.body.journeyId}/match-suggestions?${CHILD_AT}&weekdays=tuesday`, { actor: COORDINATOR });
    expect(notYet.status).toBe(409);
    expect(notYet.body.code).toBe('matching.journey_not_waiting');

    const unknown = await http(stack.baseUrl, 'GET', `/journeys/${randomUUID()}/match-suggestions?${CHILD_AT}&weekdays=tuesday`, { actor: COORDINATOR });
    expect(unknown.status).toBe(404);

    const screened = await journeyInMatchingViaApi(stack.baseUrl);
    const noHome = await http(stack.baseUrl, 'GET', `/journeys/${screened}/match-suggestions`, { actor: COORDINATOR });
    expect(noHome.status).toBe(400);
    expect(noHome.body.code).toBe('matching.child_home_unknown');

    const invalid = await http(stack.baseUrl, 'GET', `/journeys/${referred.body.journeyId}/match-suggestions?lat=91&weekdays=funday&needs=magic`, { actor: COORDINATOR });
    expect(invalid.status).toBe(400);
    const messages = invalid.body.message.join(' ');
    for (const field of ['lat', 'lon', 'weekdays', 'needs']) expect(messages).toMatch(field);
  });
});
