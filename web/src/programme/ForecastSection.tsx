import { useTranslation } from 'react-i18next';
import { programmeForecast } from '../api/endpoints';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { useLoad } from '../hooks';
import { ForecastChart } from './ForecastChart';

/** The waiting list's likely next year, and how many more families would keep the wait at the target. */
export function ForecastSection() {
  const { t } = useTranslation();
  const forecast = useLoad(() => programmeForecast(), []);
  const data = forecast.data;
  return (
    <section aria-labelledby="kpis-forecast">
      <h2 id="kpis-forecast">{t('forecast.title')}</h2>
      {forecast.loading && !data && <Loading />}
      <ErrorNotice error={forecast.error} />
      {data && (
        <>
          <p>{t('forecast.now', { children: data.childrenWaitingNow, places: data.freePlacesNow })}</p>
          <p className="hint">{t(data.rates === 'programme' ? 'forecast.ratesProgramme' : 'forecast.ratesStarting')}</p>
          <ForecastChart months={data.months} />
          <dl className="facts">
            <dt>{t('forecast.medianWait')}</dt>
            <dd>{t('forecast.days', { count: data.medianWaitDays })}</dd>
            <dt>{t('forecast.target')}</dt>
            <dd>{t('forecast.days', { count: data.targetMedianWaitDays })}</dd>
            <dt>{t('forecast.extraFamilies')}</dt>
            <dd>
              {data.extraFamiliesForTarget === null
                ? t('forecast.extraUnknown')
                : data.extraFamiliesForTarget === 0
                  ? t('forecast.extraNone')
                  : t('forecast.extra', { count: data.extraFamiliesForTarget })}
            </dd>
          </dl>
        </>
      )}
    </section>
  );
}
