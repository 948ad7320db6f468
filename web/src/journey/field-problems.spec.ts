/// <reference types="jest" />
import { FAMILY_COMMAND_FORMS } from '../family/family-command-forms';
import { COMMAND_FORMS, commandBody, FieldSpec, FormValues } from './command-forms';
import { FIELD_RULES } from '../domain';
import { DANISH, ENGLISH } from '../i18n/dictionaries';
import { fieldProblems, serverProblemMessage, serverProblemsOf } from './field-problems';

const NOW = new Date('2025-03-10T12:00:00.000Z');
const SCORES = { psychological: '2', relational: '2', socialCompetences: '3', coping: '3', selfPerception: '4', school: '1' };

function problemsOf(fields: FieldSpec[] | undefined, values: FormValues) {
  if (!fields) throw new Error('no form for this command');
  return fieldProblems(fields, values, NOW);
}

const scored = (name: string, scores: Record<string, string>): FormValues =>
  Object.fromEntries(Object.entries(scores).map(([dimension, score]) => [`${name}.${dimension}`, score]));

describe('the problems a form finds before sending', () => {
  test("the child's home at the screening visit is sent all or nothing", () => {
    const screening = COMMAND_FORMS.RecordScreeningVisit!;
    const baseline = scored('baseline', SCORES);
    expect(problemsOf(screening, baseline)).toEqual({});
    expect(commandBody(screening, baseline, (value) => value)).not.toHaveProperty('matchingProfile');

    const started = { ...baseline, 'matchingProfile.needs.anxiety': true };
    expect(problemsOf(screening, started)).toEqual({
      'matchingProfile.place': { code: 'choose' },
      'matchingProfile.weekdaysPossible': { code: 'chooseAtLeast', min: 1 },
    });

    const complete = {
      ...started,
      'matchingProfile.place': '0101-norrebro',
      'matchingProfile.weekdaysPossible.tuesday': true,
    };
    expect(problemsOf(screening, complete)).toEqual({});
    // The chosen place is sent with the place table's coordinates and in words: nobody types a coordinate.
    expect(commandBody(screening, complete, (value) => value).matchingProfile).toEqual({
      homeDistrict: 'Nørrebro, København',
      home: { placeCode: '0101-norrebro', lat: 55.695, lon: 12.545 },
      weekdaysPossible: ['tuesday'],
      needs: ['anxiety'],
    });
  });

  test('each wellbeing dimension must be scored on the scale, each on its own', () => {
    const screening = COMMAND_FORMS.RecordScreeningVisit;
    expect(problemsOf(screening, scored('baseline', { psychological: '2' }))).toEqual({
      'baseline.relational': { code: 'choose' },
      'baseline.socialCompetences': { code: 'choose' },
      'baseline.coping': { code: 'choose' },
      'baseline.selfPerception': { code: 'choose' },
      'baseline.school': { code: 'choose' },
    });
    expect(problemsOf(screening, scored('baseline', { ...SCORES, school: '5' }))).toEqual({
      'baseline.school': { code: 'outOfRange', min: 1, max: 4 },
    });
    expect(problemsOf(screening, scored('baseline', SCORES))).toEqual({});
  });

  test('a required text is more than spaces, an optional one may be empty, and both keep to their length', () => {
    const note = FAMILY_COMMAND_FORMS.AddCoordinatorNote;
    expect(problemsOf(note, {})).toEqual({ text: { code: 'required' } });
    expect(problemsOf(note, { text: '   ' })).toEqual({ text: { code: 'required' } });
    expect(problemsOf(note, { text: 'Talt med familien.' })).toEqual({});
    expect(problemsOf(note, { text: 'x'.repeat(4001) })).toEqual({ text: { code: 'tooLong', max: 4000 } });

    const goodbye = COMMAND_FORMS.RecordGoodbye;
    expect(problemsOf(goodbye, {})).toEqual({});
    expect(problemsOf(goodbye, { note: `  ${'x'.repeat(4000)}  ` })).toEqual({});
    expect(problemsOf(goodbye, { note: 'x'.repeat(4001) })).toEqual({ note: { code: 'tooLong', max: 4000 } });
  });

  test('a select takes one of its options unless it is optional', () => {
    const note = FAMILY_COMMAND_FORMS.AddCoordinatorNote;
    expect(problemsOf(note, { text: 'ok', sentiment: 'cheerful' })).toEqual({ sentiment: { code: 'choose' } });
    expect(problemsOf(COMMAND_FORMS.AcceptMatch, {})).toEqual({ side: { code: 'choose' } });
    expect(problemsOf(COMMAND_FORMS.AcceptMatch, { side: 'family' })).toEqual({});
  });

  test('a list counts its items as they are sent', () => {
    const consent = COMMAND_FORMS.GiveConsent;
    expect(problemsOf(consent, { custodyHolders: ' , \n' })).toEqual({ custodyHolders: { code: 'tooFew', min: 1 } });
    expect(problemsOf(consent, { custodyHolders: 'Mor, Far' })).toEqual({});
    expect(problemsOf(consent, { custodyHolders: Array.from({ length: 11 }, (_, i) => `Voksen ${i}`).join(', ') })).toEqual({
      custodyHolders: { code: 'tooMany', max: 10 },
    });
    expect(problemsOf(consent, { custodyHolders: `Mor, ${'x'.repeat(201)}` })).toEqual({ custodyHolders: { code: 'itemTooLong', max: 200 } });
  });

  test("a certificate's date may be today but not later, compared as the domain does (midnight UTC)", () => {
    const certificate = FAMILY_COMMAND_FORMS.RecordChildCertificate;
    expect(problemsOf(certificate, { adultId: 'a1', issuedOn: '2025-03-10' })).toEqual({});
    expect(problemsOf(certificate, { adultId: 'a1', issuedOn: '2025-03-11' })).toEqual({ issuedOn: { code: 'inFuture' } });
    expect(problemsOf(certificate, {})).toEqual({ adultId: { code: 'choose' }, issuedOn: { code: 'required' } });
  });

  test("the home visit: the DTO's ranges and the domain's at least one adult, child and weekday", () => {
    const homeVisit = FAMILY_COMMAND_FORMS.RecordHomeVisit;
    const filled: FormValues = {
      motivation: 'Vi har plads.',
      expectations: 'En fast ugedag.',
      adults: 'Anna Hansen\nBo Hansen',
      ownChildren: '7, 10',
      pets: '',
      place: '0101-valby',
      'weekdaysAvailable.tuesday': true,
      capacity: '1',
      interests: 'fodbold',
    };
    expect(problemsOf(homeVisit, filled)).toEqual({});
    expect(
      problemsOf(homeVisit, { ...filled, adults: '\n', ownChildren: '7, 31', place: '', capacity: '1.5', 'weekdaysAvailable.tuesday': false }),
    ).toEqual({
      adults: { code: 'tooFew', min: 1 },
      ownChildren: { code: 'ages', min: 0, max: 30 },
      place: { code: 'choose' },
      capacity: { code: 'notWholeNumber' },
      weekdaysAvailable: { code: 'chooseAtLeast', min: 1 },
    });
    expect(problemsOf(homeVisit, { ...filled, ownChildren: '', capacity: '11', place: 'atlantis' })).toEqual({
      ownChildren: { code: 'tooFew', min: 1 },
      capacity: { code: 'outOfRange', min: 1, max: 10 },
      place: { code: 'choose' },
    });
  });

  test('values without problems make the body the command expects', () => {
    const meeting = COMMAND_FORMS.RecordFriendshipMeetingHeld;
    const values: FormValues = { 'agreement.weekday': 'tuesday', 'agreement.pickUp': ' Fra skolen ', 'agreement.return': 'Hjemme kl. 19' };
    expect(problemsOf(meeting, values)).toEqual({});
    expect(commandBody(meeting!, values, (value) => value)).toEqual({ agreement: { weekday: 'tuesday', pickUp: 'Fra skolen', return: 'Hjemme kl. 19' } });
  });
});

describe("the server's field problems, in the person's words", () => {
  const textAt = (dictionary: unknown, key: string): unknown =>
    key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), dictionary);

  it.each([
    ['Danish', DANISH],
    ['English', ENGLISH],
  ])('has a %s text for every rule the API names', (_language, dictionary) => {
    expect(FIELD_RULES.filter((rule) => typeof textAt(dictionary, serverProblemMessage({ field: 'x', rule }).key) !== 'string')).toEqual([]);
  });

  test('the Danish texts carry none of the validator’s English', () => {
    const danish = FIELD_RULES.map((rule) => String(textAt(DANISH, `fieldRule.${rule}`)));
    expect(danish.filter((text) => /must be|should not|characters|one of the following/.test(text))).toEqual([]);
  });

  test('a rule is worded from its code and its limit, never from a sentence', () => {
    expect(serverProblemMessage({ field: 'childLabel', rule: 'minLength', limit: 1 })).toEqual({ key: 'fieldRule.minLength', values: { limit: 1 } });
    expect(serverProblemMessage({ field: 'cancelledBy', rule: 'isIn', allowed: ['family', 'child'] })).toEqual({ key: 'fieldRule.isIn', values: {} });
  });

  test("a field shows its own and its parts' problems until it is changed", () => {
    const problems = {
      baseline: [{ field: 'baseline', rule: 'nested' as const }],
      'baseline.coping': [{ field: 'baseline.coping', rule: 'max' as const, limit: 4 }],
      note: [{ field: 'note', rule: 'maxLength' as const, limit: 2000 }],
    };
    expect(serverProblemsOf(problems, 'baseline', new Set()).map((problem) => problem.rule)).toEqual(['nested', 'max']);
    expect(serverProblemsOf(problems, 'baseline.coping', new Set())).toEqual([{ field: 'baseline.coping', rule: 'max', limit: 4 }]);
    expect(serverProblemsOf(problems, 'note', new Set(['note']))).toEqual([]);
    expect(serverProblemsOf(problems, 'note', new Set(['baseline']))).toHaveLength(1);
  });
});
