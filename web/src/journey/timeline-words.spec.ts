/// <reference types="jest" />
import { DANISH, ENGLISH } from '../i18n/dictionaries';
import { KNOWN_DETAILS } from './timeline-detail-lines';

const textAt = (dictionary: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), dictionary);

describe('the timeline’s words', () => {
  it.each([
    ['Danish', DANISH],
    ['English', ENGLISH],
  ])('has a %s label for every detail the timeline reads, and for each stability rule', (_language, dictionary) => {
    const keys = [...KNOWN_DETAILS.map((name) => `timeline.detail.${name}`), 'timeline.stabilityRule.in_a_row', 'timeline.stabilityRule.in_window'];
    expect(keys.filter((key) => typeof textAt(dictionary, key) !== 'string')).toEqual([]);
  });
});
