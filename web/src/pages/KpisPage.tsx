import { Fragment, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeKpis } from '../api/endpoints';
import type { Kpi, ProgrammeKpis } from '../api/types';
import { ErrorNotice, Loading } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { formatDate } from '../format';
import { useLoad } from '../hooks';
import { ForecastSection } from '../programme/ForecastSection';

/** A chosen day as the moment the period starts (its first instant) or ends (its last), in the user's own zone. */
function dayBound(day: string, end: 'start' | 'end'): string | undefined {
  if (!day) return undefined;
  return new Date(`${day}T${end === 'start' ? '00:00:00.000' : '23:59:59.999'}`).toISOString();
}

const STATUS_BADGE: Record<Kpi['status'], string> = {
  met: 'badge badge-success',
  not_met: 'badge badge-error',
  no_data: 'badge',
  not_recorded: 'badge',
};

function KpiResult({ kpi }: { kpi: Kpi }) {
  const { t, i18n } = useTranslation();
  if (kpi.status === 'not_recorded') return <>{t('kpis.notRecorded')}</>;
  if (kpi.target.unit === 'children') return <>{t('kpis.count', { count: kpi.numerator ?? 0 })}</>;
  if (kpi.percent === null) return <>{t('kpis.shareEmpty')}</>;
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(kpi.percent);
  return <>{t('kpis.share', { numerator: kpi.numerator, denominator: kpi.denominator, percent })}</>;
}

function CriteriaTable({ kpis }: { kpis: Kpi[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="kpis-criteria">
      <h2 id="kpis-criteria">{t('kpis.criteria')}</h2>
      <div className="table--responsive-scroll" tabIndex={0} role="group" aria-labelledby="kpis-criteria">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('kpis.column.criterion')}</th>
              <th scope="col">{t('kpis.column.target')}</th>
              <th scope="col">{t('kpis.column.result')}</th>
              <th scope="col">{t('kpis.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi) => (
              <tr key={kpi.key} data-kpi={kpi.key}>
                <th scope="row">
                  {t(`kpis.name.${kpi.key}`)}
                  <p className="hint">{t(`kpis.definition.${kpi.key}`)}</p>
                </th>
                <td className="nowrap">{t(`kpis.target.${kpi.target.unit}`, { value: kpi.target.atLeast })}</td>
                <td>
                  <KpiResult kpi={kpi} />
                </td>
                <td className="nowrap">
                  <span className={STATUS_BADGE[kpi.status]}>{t(`kpis.status.${kpi.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ReviewWishes({ wishes }: { wishes: ProgrammeKpis['reviewWishes'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="kpis-wishes">
      <h2 id="kpis-wishes">{t('kpis.wishes.title')}</h2>
      <p className="hint">{t('kpis.wishes.intro')}</p>
      <dl className="facts">
        <dt>{t('kpis.wishes.parents')}</dt>
        <dd>{t('kpis.wishes.value', { count: wishes.parentsWishToContinue, total: wishes.reviews })}</dd>
        <dt>{t('kpis.wishes.all')}</dt>
        <dd>{t('kpis.wishes.value', { count: wishes.allWishToContinue, total: wishes.reviews })}</dd>
      </dl>
    </section>
  );
}

function MatchedByYear({ years }: { years: ProgrammeKpis['matchedByYear'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="kpis-by-year">
      <h2 id="kpis-by-year">{t('kpis.byYear.title')}</h2>
      {years.length === 0 ? (
        <p>{t('kpis.byYear.none')}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="group" aria-labelledby="kpis-by-year">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('kpis.byYear.year')}</th>
              <th scope="col">{t('kpis.byYear.children')}</th>
              <th scope="col">{t('kpis.byYear.matches')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year.year}>
                <th scope="row">{year.year}</th>
                <td>{year.children}</td>
                <td>{year.matches}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}

function WaitingTimes({ waiting }: { waiting: ProgrammeKpis['waitingTimes'] }) {
  const { t } = useTranslation();
  const rows = [
    { key: 'now', figures: waiting.waitingNow },
    { key: 'matched', figures: waiting.matchedInPeriod },
  ];
  return (
    <section aria-labelledby="kpis-waiting">
      <h2 id="kpis-waiting">{t('kpis.waiting.title')}</h2>
      <p className="hint">{t('kpis.waiting.intro')}</p>
      <div className="table--responsive-scroll" tabIndex={0} role="group" aria-labelledby="kpis-waiting">
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('kpis.waiting.group')}</th>
            <th scope="col">{t('kpis.waiting.children')}</th>
            <th scope="col">{t('kpis.waiting.median')}</th>
            <th scope="col">{t('kpis.waiting.longest')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, figures }) => (
            <tr key={key}>
              <th scope="row">{t(`kpis.waiting.${key}`)}</th>
              <td>{figures.children}</td>
              <td>{figures.medianDays ?? '–'}</td>
              <td>{figures.longestDays ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}

function Capacity({ capacity }: { capacity: ProgrammeKpis['capacity'] }) {
  const { t } = useTranslation();
  const figures = ['approvedFamilies', 'pausedFamilies', 'places', 'freePlaces', 'familiesWithFreePlace'] as const;
  return (
    <section aria-labelledby="kpis-capacity">
      <h2 id="kpis-capacity">{t('kpis.capacity.title')}</h2>
      <p className="hint">{t('kpis.capacity.intro')}</p>
      <dl className="facts">
        {figures.map((figure) => (
          <Fragment key={figure}>
            <dt>{t(`kpis.capacity.${figure}`)}</dt>
            <dd>{capacity[figure]}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

/** The programme manager's page: the application's success criteria against their targets, waiting times and capacity. */
export function KpisPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [period, setPeriod] = useState(draft);
  const report = useLoad(() => programmeKpis({ from: dayBound(period.from, 'start'), at: dayBound(period.to, 'end') }), [period.from, period.to]);

  const show = (event: FormEvent) => {
    event.preventDefault();
    setPeriod(draft);
  };

  return (
    <>
      <h1>{t('kpis.title')}</h1>
      <p>{t('kpis.intro')}</p>
      <form onSubmit={show}>
        <fieldset>
          <legend className="form-label">{t('kpis.period.legend')}</legend>
          <div className="filters">
            <Field label={t('kpis.period.from')}>
              {(props) => <input {...props} type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />}
            </Field>
            <Field label={t('kpis.period.to')}>
              {(props) => <input {...props} type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />}
            </Field>
          </div>
          <button type="submit" className="button button-primary">{t('kpis.period.show')}</button>
        </fieldset>
      </form>
      {report.loading && !report.data && <Loading />}
      <ErrorNotice error={report.error} />
      {report.data && (
        <>
          <p aria-live="polite">
            {report.data.period.from
              ? t('kpis.period.range', { from: formatDate(report.data.period.from), to: formatDate(report.data.period.to) })
              : t('kpis.period.whole', { to: formatDate(report.data.period.to) })}
          </p>
          <CriteriaTable kpis={report.data.kpis} />
          <ReviewWishes wishes={report.data.reviewWishes} />
          <MatchedByYear years={report.data.matchedByYear} />
          <WaitingTimes waiting={report.data.waitingTimes} />
          <Capacity capacity={report.data.capacity} />
        </>
      )}
      <ForecastSection />
    </>
  );
}
