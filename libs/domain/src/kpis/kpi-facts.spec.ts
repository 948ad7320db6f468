import {
  active,
  closed,
  closing,
  consented,
  continuing,
  coordinator,
  day,
  FAMILY_ID,
  family,
  JourneyHarness,
  matched,
  MEETING_DAY,
  meetingScheduled,
  parent,
  proposed,
  referred,
  reviewed,
  scores,
  screened,
  system,
  withdrawn,
} from '../journey/journey.fixture';
import { KPI_EVENT_TYPES, kpiFactsOf } from './kpi-facts';

const LATER = day(1000);
const factsOf = (h: JourneyHarness, asOf = LATER) => kpiFactsOf(h.state.journeyId, h.events, asOf);

describe('kpiFactsOf: what a journey contributes to the key figures', () => {
  it('has no wait, match or review before the screening visit', () => {
    expect(factsOf(consented())).toEqual({ journeyId: 'j-1', waits: [], matches: [], reviews: [], bridgeBuilding: null });
  });

  it('opens a wait at the screening visit that a match both sides accepted ends', () => {
    expect(factsOf(screened()).waits).toEqual([{ since: day(5), matchedAt: null, abandonedAt: null }]);
    expect(factsOf(proposed()).waits).toEqual([{ since: day(5), matchedAt: null, abandonedAt: null }]);
    const h = matched();
    expect(factsOf(h).waits).toEqual([{ since: day(5), matchedAt: day(7), abandonedAt: null }]);
    expect(factsOf(h).matches).toEqual([{ matchedAt: day(7), startedAt: null, reviewedAt: null, endedAt: null }]);
  });

  it('starts the course at the friendship meeting and records the review and the formal end', () => {
    const reviewedFacts = factsOf(reviewed());
    expect(reviewedFacts.matches).toEqual([{ matchedAt: day(7), startedAt: day(MEETING_DAY), reviewedAt: day(MEETING_DAY + 365), endedAt: null }]);
    expect(reviewedFacts.reviews).toEqual([
      { heldAt: day(MEETING_DAY + 365), baseline: scores(2), after: scores(3), wishesToContinue: { child: true, parents: true, family: true } },
    ]);
    expect(factsOf(continuing()).matches[0].endedAt).toBe(day(MEETING_DAY + 367));
  });

  it('ends a course when closure is requested (the goodbye after it does not move the end) and records bridge-building', () => {
    const h = closed();
    h.do({ type: 'RecordBridgeBuilding', actor: coordinator, movedOnToOrganisedLeisure: true, activity: 'Scouts' }, day(50));
    const facts = factsOf(h);
    expect(facts.matches).toEqual([{ matchedAt: day(7), startedAt: day(MEETING_DAY), reviewedAt: null, endedAt: day(40) }]);
    expect(facts.bridgeBuilding).toEqual({ recordedAt: day(50), movedOnToOrganisedLeisure: true });
  });

  it('ends a course when consent is withdrawn', () => {
    expect(factsOf(withdrawn()).matches[0].endedAt).toBe(day(20));
  });

  it('gives up a wait when the journey ends before a match: the child no longer waits and was never matched', () => {
    const h = screened();
    h.do({ type: 'RequestClosure', actor: coordinator, reason: 'parents_unresponsive' }, day(30));
    expect(factsOf(h).waits).toEqual([{ since: day(5), matchedAt: null, abandonedAt: day(30) }]);
    expect(factsOf(h).matches).toEqual([]);
  });

  it('a match closed before its friendship meeting never started, so it has no end', () => {
    const h = matched();
    h.do({ type: 'RequestClosure', actor: coordinator, reason: 'child_said_no' }, day(9));
    expect(factsOf(h).matches).toEqual([{ matchedAt: day(7), startedAt: null, reviewedAt: null, endedAt: null }]);
  });

  it('a failed friendship meeting sends the child back to waiting from that moment', () => {
    const h = meetingScheduled();
    h.do({ type: 'RecordFriendshipMeetingFailed', actor: coordinator, reason: 'The child was frightened.' }, day(12));
    h.do({ type: 'ProposeMatch', actor: coordinator, familyId: 'family-2' }, day(20));
    h.do({ type: 'AcceptMatch', actor: parent, side: 'child' }, day(21));
    h.do({ type: 'AcceptMatch', actor: family, side: 'family' }, day(22));
    const facts = factsOf(h);
    expect(facts.waits).toEqual([
      { since: day(5), matchedAt: day(7), abandonedAt: null },
      { since: day(12), matchedAt: day(22), abandonedAt: null },
    ]);
    expect(facts.matches.map((course) => course.matchedAt)).toEqual([day(7), day(22)]);
  });

  it('the matched family leaving before the meeting sends the child back to waiting; another family leaving does not', () => {
    const h = matched();
    h.do({ type: 'FamilyWithdrew', actor: system, familyId: 'another-family', reason: 'Moved away' }, day(8));
    expect(factsOf(h).waits).toHaveLength(1);
    h.do({ type: 'FamilyWithdrew', actor: system, familyId: FAMILY_ID, reason: 'Moved away' }, day(9));
    expect(factsOf(h).waits).toEqual([
      { since: day(5), matchedAt: day(7), abandonedAt: null },
      { since: day(9), matchedAt: null, abandonedAt: null },
    ]);
  });

  it('a rematch ends the first course at its closure and opens a new wait', () => {
    const h = closing(active());
    h.do({ type: 'OfferRematch', actor: coordinator }, day(41));
    h.do({ type: 'AcceptRematch', actor: parent }, day(42));
    const facts = factsOf(h);
    expect(facts.matches).toEqual([{ matchedAt: day(7), startedAt: day(MEETING_DAY), reviewedAt: null, endedAt: day(40) }]);
    expect(facts.waits).toEqual([
      { since: day(5), matchedAt: day(7), abandonedAt: null },
      { since: day(42), matchedAt: null, abandonedAt: null },
    ]);
  });

  it('sees the journey as it was at the moment asked: later events do not count', () => {
    const h = continuing();
    const facts = kpiFactsOf('j-1', h.events, day(MEETING_DAY + 100));
    expect(facts.matches).toEqual([{ matchedAt: day(7), startedAt: day(MEETING_DAY), reviewedAt: null, endedAt: null }]);
    expect(facts.reviews).toEqual([]);
    expect(kpiFactsOf('j-1', h.events, day(6)).waits).toEqual([{ since: day(5), matchedAt: null, abandonedAt: null }]);
  });

  it('needs only the KPI event types: the same facts from the filtered history', () => {
    const h = continuing();
    const filtered = h.events.filter((event) => (KPI_EVENT_TYPES as readonly string[]).includes(event.type));
    expect(filtered.length).toBeLessThan(h.events.length);
    expect(kpiFactsOf('j-1', filtered, LATER)).toEqual(factsOf(h));
  });

  it('ignores a referral that never reached screening', () => {
    expect(factsOf(referred()).waits).toEqual([]);
  });
});
