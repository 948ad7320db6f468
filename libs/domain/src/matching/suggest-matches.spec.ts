import { DEFAULT_MATCHING_WEIGHTS } from '../policy/matching-policy';
import { approvedFamily, coordinator, day, given, homeVisit, journeySystem } from '../family/family.fixture';
import { CITY_HALL, NOW, candidate, child } from './matching.fixture';
import { suggestMatches } from './suggest-matches';
import { toCandidate } from './family-candidate';
import { FamilyCandidate } from './family-candidate';

/** About 2 km north-west of City Hall (Nørrebro). */
const NORREBRO = { lat: 55.6925, lon: 12.5532 };
/** About 25 km away (Roskilde direction). */
const FAR_AWAY = { lat: 55.65, lon: 12.17 };

function rank(families: FamilyCandidate[], profile = child()) {
  return suggestMatches(profile, families, DEFAULT_MATCHING_WEIGHTS, NOW);
}

describe('suggestMatches', () => {
  it('explains a suggestion in words a coordinator understands, with codes and params to translate', () => {
    const { suggestions } = rank([candidate({ home: NORREBRO })]);
    expect(suggestions).toHaveLength(1);
    const texts = suggestions[0].reasons.map((reason) => reason.text);
    expect(texts).toEqual([
      expect.stringMatching(/^lives 2\.\d km away, ~\d+ min$/),
      'own children 7 and 10; child is 8',
      'both like football',
      'waiting 31 days',
      'no coordinator notes weigh in',
      'both can do tuesday',
    ]);
    expect(suggestions[0].reasons[1]).toMatchObject({
      code: 'matching.age_fit',
      params: { ownChildrenAges: [7, 10], childAge: 8, closestGapYears: 1 },
    });
    const transport = suggestions[0].reasons[0];
    expect(transport.code).toBe('matching.transport_time');
    // 2.0 km straight × 1.3 detour at 18 km/h ≈ 9 min
    expect(transport.params.minutes).toBeGreaterThanOrEqual(8);
    expect(transport.params.minutes).toBeLessThanOrEqual(10);
    expect(suggestions[0].score).toBe(
      Math.round(suggestions[0].reasons.reduce((sum, reason) => sum + reason.points, 0) * 1000) / 1000,
    );
  });

  it('ranks a nearby family above a far one, all else equal', () => {
    const { suggestions } = rank([
      candidate({ familyId: 'far', home: FAR_AWAY }),
      candidate({ familyId: 'near', home: NORREBRO }),
    ]);
    expect(suggestions.map((s) => s.familyId)).toEqual(['near', 'far']);
  });

  it('ranks own children close in age, shared interests and longer waiting higher', () => {
    const byAge = rank([
      candidate({ familyId: 'teens', ownChildrenAges: [15, 17] }),
      candidate({ familyId: 'peers', ownChildrenAges: [8] }),
    ]);
    expect(byAge.suggestions.map((s) => s.familyId)).toEqual(['peers', 'teens']);

    const byInterests = rank([
      candidate({ familyId: 'none', interests: ['chess'] }),
      candidate({ familyId: 'both', interests: ['FOOTBALL', ' drawing '] }),
    ]);
    expect(byInterests.suggestions.map((s) => s.familyId)).toEqual(['both', 'none']);
    expect(byInterests.suggestions[0].reasons[2].text).toBe('both like football and drawing');

    const byWaiting = rank([
      candidate({ familyId: 'new', waitingSince: '2025-05-25T12:00:00.000Z' }),
      candidate({ familyId: 'long', waitingSince: '2025-02-01T12:00:00.000Z' }),
    ]);
    expect(byWaiting.suggestions.map((s) => s.familyId)).toEqual(['long', 'new']);
  });

  it("lets the coordinator's notes lift or lower a family", () => {
    const note = (sentiment: 'positive' | 'negative') => ({ text: 'note', sentiment, writtenAt: NOW });
    const { suggestions } = rank([
      candidate({ familyId: 'doubt', coordinatorNotes: [note('negative')] }),
      candidate({ familyId: 'plain' }),
      candidate({ familyId: 'keen', coordinatorNotes: [note('positive'), note('positive')] }),
    ]);
    expect(suggestions.map((s) => s.familyId)).toEqual(['keen', 'plain', 'doubt']);
    expect(suggestions[2].reasons[4]).toMatchObject({
      code: 'matching.coordinator_notes',
      text: 'coordinator notes: 0 positive, 1 negative',
      points: -DEFAULT_MATCHING_WEIGHTS.coordinatorNotes,
    });
  });

  it('breaks ties by family id, whatever the input order', () => {
    const families = ['c', 'a', 'b'].map((familyId) => candidate({ familyId }));
    expect(rank(families).suggestions.map((s) => s.familyId)).toEqual(['a', 'b', 'c']);
    expect(rank([...families].reverse()).suggestions.map((s) => s.familyId)).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['matching.not_available', candidate({ status: 'paused' }), 'The family is not available for a child (paused).'],
    [
      'matching.certificate_missing',
      candidate({
        adults: [
          { adultId: 'a1', name: 'Anna Andersen', hasCertificate: true },
          { adultId: 'a2', name: 'Bo Andersen', hasCertificate: false },
        ],
      }),
      'No child certificate is recorded for Bo Andersen.',
    ],
    ['matching.no_free_capacity', candidate({ freeCapacity: 0 }), "All 1 of the family's places are taken or proposed."],
    [
      'matching.no_common_weekday',
      candidate({ weekdaysAvailable: ['monday', 'friday'] }),
      'No common weekday: the family can do monday and friday, the child tuesday and wednesday.',
    ],
    [
      'matching.need_not_met',
      candidate({ needsAbleToMeet: [] }),
      "The family does not feel able to meet the child's needs: anxiety.",
    ],
    [
      'matching.already_linked_to_child',
      candidate({ linkedJourneyIds: ['journey-1'] }),
      'The family is already proposed or matched for this child.',
    ],
    [
      'matching.previously_linked_to_child',
      candidate({ pastJourneyIds: ['journey-1'] }),
      'The family was proposed for or matched with this child before; a rematch needs a new family.',
    ],
  ])('excludes a family for %s, saying why', (code, family, text) => {
    const { suggestions, excluded } = rank([family]);
    expect(suggestions).toEqual([]);
    expect(excluded).toEqual([
      { familyId: family.familyId, displayName: family.displayName, reasons: [expect.objectContaining({ code, text })] },
    ]);
  });

  it('lists every reason a family is excluded, naming each unmet need', () => {
    const { excluded } = rank(
      [candidate({ status: 'training_completed', freeCapacity: 0, needsAbleToMeet: ['adhd'] })],
      child({ needs: ['adhd', 'anxiety', 'language_support'] }),
    );
    expect(excluded[0].reasons.map((reason) => reason.code)).toEqual([
      'matching.not_available',
      'matching.no_free_capacity',
      'matching.need_not_met',
    ]);
    expect(excluded[0].reasons[2].params).toEqual({ needs: ['anxiety', 'language_support'] });
  });

  it('works from a family as the lifecycle built it', () => {
    const waiting = approvedFamily(homeVisit({ home: NORREBRO, weekdaysAvailable: ['wednesday'] }));
    const full = given(
      [[{ type: 'ReserveForJourney', actor: journeySystem, journeyId: 'journey-9' }, day(20)]],
      approvedFamily(homeVisit(), 'family-2'),
    ).state;
    const noted = given(
      [[{ type: 'AddCoordinatorNote', actor: coordinator, noteId: 'n1', text: 'Calm and warm', sentiment: 'positive' }, day(11)]],
      waiting,
    ).state;
    expect(toCandidate(noted)).toMatchObject({
      familyId: 'family-1',
      displayName: 'Familien Hansen',
      status: 'approved',
      adults: [
        { adultId: 'a1', name: 'Anna Hansen', hasCertificate: true },
        { adultId: 'a2', name: 'Bo Hansen', hasCertificate: true },
      ],
      ownChildrenAges: [7, 10],
      freeCapacity: 1,
      waitingSince: day(10),
      coordinatorNotes: [{ text: 'Calm and warm', sentiment: 'positive', writtenAt: day(11) }],
    });
    const { suggestions, excluded } = rank([toCandidate(noted), toCandidate(full)], child({ home: CITY_HALL }));
    expect(suggestions.map((s) => s.familyId)).toEqual(['family-1']);
    expect(excluded.map((e) => e.reasons[0].code)).toEqual(['matching.no_free_capacity']);
  });
});
