import { useTranslation } from 'react-i18next';
import type { ProgrammeForecast } from '../api/types';

const WIDTH = 560;
const HEIGHT = 240;
const LEFT = 44;
const BOTTOM = 28;
const TOP = 10;

type Month = ProgrammeForecast['months'][number];

/** Children waiting at each month's end: the 10th–90th percentile band of the futures and their median. */
export function ForecastChart({ months }: { months: Month[] }) {
  const { t } = useTranslation();
  const highest = Math.max(1, ...months.map((month) => month.childrenWaiting.p90));
  const x = (month: number) => LEFT + ((month - 1) / Math.max(1, months.length - 1)) * (WIDTH - LEFT - 10);
  const y = (children: number) => TOP + (1 - children / highest) * (HEIGHT - TOP - BOTTOM);
  const line = (pick: (month: Month) => number) => months.map((month) => `${x(month.month)},${y(pick(month))}`).join(' ');
  const band = `${line((month) => month.childrenWaiting.p90)} ${[...months].reverse().map((month) => `${x(month.month)},${y(month.childrenWaiting.p10)}`).join(' ')}`;
  return (
    <figure className="chart">
      <svg role="img" aria-labelledby="forecast-chart-title" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH }}>
        <title id="forecast-chart-title">{t('forecast.chartTitle')}</title>
        {[...new Set([0, Math.round(highest / 2), highest])].map((value) => (
          <g key={value}>
            <line x1={LEFT} x2={WIDTH - 10} y1={y(value)} y2={y(value)} stroke="#d0d7de" />
            <text x={LEFT - 6} y={y(value) + 4} fontSize="12" textAnchor="end" fill="#1f2328">
              {value}
            </text>
          </g>
        ))}
        <polygon points={band} fill="#cfe2f3" />
        <polyline points={line((month) => month.childrenWaiting.p50)} fill="none" stroke="#0b5cad" strokeWidth={2.5} />
        {months.map((month) => (
          <text key={month.month} x={x(month.month)} y={HEIGHT - 8} fontSize="12" textAnchor="middle" fill="#1f2328">
            {month.month}
          </text>
        ))}
      </svg>
      <figcaption className="hint">{t('forecast.legend')}</figcaption>
      {/* The drawing is one image to a screen reader; its figures are read from this table (hidden in a
          block, because a table is never narrower than its content and would widen a phone's page). */}
      <div className="visually-hidden">
      <table>
        <caption>{t('forecast.chartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('forecast.month')}</th>
            <th scope="col">{t('forecast.low')}</th>
            <th scope="col">{t('forecast.likely')}</th>
            <th scope="col">{t('forecast.high')}</th>
            <th scope="col">{t('forecast.waitDays')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{t('forecast.inMonths', { count: month.month })}</th>
              <td>{month.childrenWaiting.p10}</td>
              <td>{month.childrenWaiting.p50}</td>
              <td>{month.childrenWaiting.p90}</td>
              <td>{month.waitDays.p50}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
