import da from './da.json';
import en from './en.json';
import accessibilityDa from './areas/accessibility.da.json';
import accessibilityEn from './areas/accessibility.en.json';
import closureDa from './areas/closure.da.json';
import closureEn from './areas/closure.en.json';
import forecastDa from './areas/forecast.da.json';
import forecastEn from './areas/forecast.en.json';
import homeDa from './areas/home.da.json';
import homeEn from './areas/home.en.json';
import matchingDa from './areas/matching.da.json';
import matchingEn from './areas/matching.en.json';
import messagesDa from './areas/messages.da.json';
import messagesEn from './areas/messages.en.json';
import notificationsDa from './areas/notifications.da.json';
import notificationsEn from './areas/notifications.en.json';
import oversightDa from './areas/oversight.da.json';
import oversightEn from './areas/oversight.en.json';
import peopleDa from './areas/people.da.json';
import peopleEn from './areas/people.en.json';
import questionnairesDa from './areas/questionnaires.da.json';
import questionnairesEn from './areas/questionnaires.en.json';
import timelineDa from './areas/timeline.da.json';
import timelineEn from './areas/timeline.en.json';

type Dictionary = Record<string, unknown>;

/** Each area's words live in their own file; a key defined twice is a mistake, so later files may only add. */
function merged(...parts: Dictionary[]): Dictionary {
  const result: Dictionary = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = result[key];
      if (existing && typeof existing === 'object' && value && typeof value === 'object') {
        result[key] = merged(existing as Dictionary, value as Dictionary);
      } else {
        if (existing !== undefined) throw new Error(`i18n key "${key}" is defined twice`);
        result[key] = value;
      }
    }
  }
  return result;
}

export const DANISH = merged(da, peopleDa, notificationsDa, timelineDa, homeDa, closureDa, messagesDa, oversightDa, matchingDa, accessibilityDa, questionnairesDa, forecastDa);
export const ENGLISH = merged(en, peopleEn, notificationsEn, timelineEn, homeEn, closureEn, messagesEn, oversightEn, matchingEn, accessibilityEn, questionnairesEn, forecastEn);
