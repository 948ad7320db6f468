import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { MatchReason } from '../api/types';

type Params = MatchReason['params'];

/** Numbers and lists as the person's language writes them: "3,6 km", "7 og 10". */
function formats(language: string) {
  const locale = language.startsWith('da') ? 'da-DK' : 'en-GB';
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return { km: (value: unknown) => oneDecimal.format(Number(value)), list: (items: unknown) => list.format((Array.isArray(items) ? items : []).map(String)) };
}

const asList = (value: Params[string]): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * The words for one reason, from its code and params (never the server's English sentence): each
 * code knows which params are numbers, counts or words of a vocabulary to translate.
 */
export function matchReasonText(reason: MatchReason, t: TFunction, language: string): string {
  const { km, list } = formats(language);
  const { params } = reason;
  const days = (value: Params[string]) => (asList(value).length > 0 ? list(asList(value).map((day) => t(`option.weekday.${day}`))) : t('matchReason.noDay'));
  const code = reason.code.replace(/^matching\./, '');
  switch (code) {
    case 'transport_time':
      return t('matchReason.transport_time', { km: km(params.km), minutes: params.minutes });
    case 'age_fit':
      return t('matchReason.age_fit', { ownChildrenAges: list(params.ownChildrenAges), childAge: params.childAge });
    case 'shared_interests':
      return asList(params.interests).length > 0 ? t('matchReason.shared_interests', { interests: list(params.interests) }) : t('matchReason.no_shared_interests');
    case 'waiting_time':
      return t('matchReason.waiting_time', { count: Number(params.days) });
    case 'common_weekdays':
      return t('matchReason.common_weekdays', { weekdays: days(params.weekdays) });
    case 'no_common_weekday':
      return t('matchReason.no_common_weekday', { familyWeekdays: days(params.familyWeekdays), childWeekdays: days(params.childWeekdays) });
    case 'not_available':
      return t('matchReason.not_available', { status: t(`familyStage.${String(params.status)}`) });
    case 'certificate_missing':
      return t('matchReason.certificate_missing', { adults: list(params.adults) });
    case 'no_free_capacity':
      return t('matchReason.no_free_capacity', { count: Number(params.capacity) });
    case 'need_not_met':
      return t('matchReason.need_not_met', { needs: list(asList(params.needs).map((need) => t(`option.need.${need}`))) });
    default:
      return t(`matchReason.${code}`, { ...params, defaultValue: reason.text });
  }
}

export function useMatchReasonText(): (reason: MatchReason) => string {
  const { t, i18n } = useTranslation();
  return (reason) => matchReasonText(reason, t, i18n.language);
}
