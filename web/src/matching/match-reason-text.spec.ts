/// <reference types="jest" />
import { createInstance } from 'i18next';
import { DANISH } from '../i18n/dictionaries';
import { matchReasonText } from './match-reason-text';

const danish = createInstance();
void danish.init({ resources: { da: { translation: DANISH } }, lng: 'da', interpolation: { escapeValue: false }, initAsync: false });
const words = (code: string, params: Record<string, string | number | string[] | number[]>) =>
  matchReasonText({ code: `matching.${code}`, text: 'English sentence', params }, danish.t, 'da');

describe('a match reason in Danish', () => {
  it('writes distances with a decimal comma and the travel time in minutes', () => {
    expect(words('transport_time', { km: 3.6, minutes: 16 })).toBe('Bor 3,6 km væk, ca. 16 min. transporttid.');
  });

  it('counts in the singular and the plural', () => {
    expect(words('no_free_capacity', { capacity: 1 })).toBe('Familiens ene plads er optaget eller foreslået.');
    expect(words('no_free_capacity', { capacity: 2 })).toBe('Alle familiens 2 pladser er optaget eller foreslået.');
    expect(words('waiting_time', { days: 1 })).toBe('Har ventet 1 dag.');
  });

  it('never leaves a list empty after a colon', () => {
    expect(words('shared_interests', { interests: [] })).toBe('Ingen fælles interesser angivet.');
    expect(words('shared_interests', { interests: ['fodbold', 'tegning'] })).toBe('Fælles interesser: fodbold og tegning.');
  });

  it('translates weekdays, needs and stages instead of showing their codes', () => {
    expect(words('no_common_weekday', { familyWeekdays: ['monday'], childWeekdays: [] })).toBe('Ingen fælles dag: familien kan mandag, barnet ingen dage.');
    expect(words('need_not_met', { needs: ['anxiety', 'adhd'] })).toBe('Familien føler sig ikke rustet til: Angst og ADHD.');
    expect(words('age_fit', { ownChildrenAges: [7, 10], childAge: 8 })).toBe('Egne børn på 7 og 10 år; barnet er 8 år.');
  });
});
