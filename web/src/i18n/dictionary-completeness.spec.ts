/// <reference types="jest" />
import {
  API_ERROR_CODES,
  COMMAND_TYPES,
  FAMILY_COMMAND_PERMISSIONS,
  FAMILY_EVENT_TYPES,
  FAMILY_STAGES,
  JOURNEY_EVENT_TYPES,
  JOURNEY_STAGES,
  NOTIFICATION_KINDS,
  REFUSAL_CODES,
  ROLES,
  TASK_KINDS,
  WELLBEING_DIMENSIONS,
} from '../domain';
import { OPTION_SETS } from '../option-sets';
import { DANISH, ENGLISH } from './dictionaries';

/** The keys the UI builds from the domain's words, as the pages build them (`refusal.<code>`, `option.<set>.<word>` …). */
const KEYS_BY_KIND: Record<string, string[]> = {
  'refusal code': REFUSAL_CODES.map((code) => `refusal.${code}`),
  'error code of the API': API_ERROR_CODES.map((code) => `refusal.${code}`),
  'journey event type': JOURNEY_EVENT_TYPES.map((type) => `event.${type}`),
  'family event type': FAMILY_EVENT_TYPES.map((type) => `familyEvent.${type}`),
  'journey command type': COMMAND_TYPES.map((type) => `command.${type}.title`),
  'family command type': Object.keys(FAMILY_COMMAND_PERMISSIONS).map((type) => `familyCommand.${type}.title`),
  'task kind': TASK_KINDS.map((kind) => `taskKind.${kind}`),
  'journey stage': JOURNEY_STAGES.map((stage) => `stage.${stage}`),
  'family stage': FAMILY_STAGES.map((stage) => `familyStage.${stage}`),
  'vocabulary word': Object.entries(OPTION_SETS).flatMap(([set, words]) => words.map((word) => `option.${set}.${word}`)),
  'wellbeing dimension': WELLBEING_DIMENSIONS.map((dimension) => `wellbeing.${dimension}`),
  role: ROLES.map((role) => `role.${role}`),
  'notification kind': NOTIFICATION_KINDS.map((kind) => `notification.kind.${kind}`),
};

/** The text at a key as i18next finds it: dots nest. */
function textAt(dictionary: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), dictionary);
}

describe.each([
  ['Danish', DANISH],
  ['English', ENGLISH],
])('the %s dictionary', (_language, dictionary) => {
  test.each(Object.entries(KEYS_BY_KIND))('has a text for every %s', (_kind, keys) => {
    const missing = keys.filter((key) => {
      const text = textAt(dictionary, key);
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(missing).toEqual([]);
  });
});

/** Every key the Danish pages may show exists in English too, and the other way round. */
function keysOf(dictionary: unknown, prefix = ''): string[] {
  if (typeof dictionary !== 'object' || dictionary === null) return [prefix];
  return Object.entries(dictionary).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

test('the Danish and English dictionaries have the same keys', () => {
  const danish = new Set(keysOf(DANISH));
  const english = new Set(keysOf(ENGLISH));
  expect([...danish].filter((key) => !english.has(key))).toEqual([]);
  expect([...english].filter((key) => !danish.has(key))).toEqual([]);
});
