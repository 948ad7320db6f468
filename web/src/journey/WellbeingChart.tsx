import { useTranslation } from 'react-i18next';
import { WELLBEING_DIMENSIONS, WELLBEING_SCALE_MAX } from '../domain';
import type { WellbeingMeasurement } from '../domain';

const ROW = 34;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 200;

/** Baseline (screening) against the one-year review, one pair of bars per dimension on the 1–4 scale. */
export function WellbeingChart({ baseline, after }: { baseline: WellbeingMeasurement | null; after: WellbeingMeasurement | null }) {
  const { t } = useTranslation();
  if (!baseline && !after) return <p>{t('journey.noMeasurements')}</p>;
  const height = WELLBEING_DIMENSIONS.length * ROW + 30;
  const width = LABEL_WIDTH + BAR_WIDTH + 40;
  const bar = (score: number | undefined) => ((score ?? 0) / WELLBEING_SCALE_MAX) * BAR_WIDTH;
  return (
    <figure className="chart">
      <svg role="img" aria-labelledby="wellbeing-chart-title" viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
        <title id="wellbeing-chart-title">{t('journey.chartTitle')}</title>
        {WELLBEING_DIMENSIONS.map((dimension, index) => {
          const y = index * ROW;
          return (
            <g key={dimension}>
              <text x={0} y={y + 18} fontSize="12" fill="#1f2328">
                {t(`wellbeing.${dimension}`)}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} height={11} width={bar(baseline?.[dimension])} fill="#6e7781" />
              <rect x={LABEL_WIDTH} y={y + 17} height={11} width={bar(after?.[dimension])} fill="#0b5cad" />
              <text x={LABEL_WIDTH + BAR_WIDTH + 6} y={y + 18} fontSize="12" fill="#1f2328">
                {`${baseline?.[dimension] ?? '–'} → ${after?.[dimension] ?? '–'}`}
              </text>
            </g>
          );
        })}
        <g transform={`translate(0 ${height - 12})`}>
          <rect x={0} y={-9} width={10} height={10} fill="#6e7781" />
          <text x={14} y={0} fontSize="12" fill="#1f2328">
            {t('journey.baseline')}
          </text>
          <rect x={120} y={-9} width={10} height={10} fill="#0b5cad" />
          <text x={134} y={0} fontSize="12" fill="#1f2328">
            {t('journey.oneYear')}
          </text>
        </g>
      </svg>
      {/* The drawing is one image to a screen reader; the figures it shows are read from this table. */}
      <table className="visually-hidden">
        <caption>{t('journey.chartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('journey.dimension')}</th>
            <th scope="col">{t('journey.baseline')}</th>
            <th scope="col">{t('journey.oneYear')}</th>
          </tr>
        </thead>
        <tbody>
          {WELLBEING_DIMENSIONS.map((dimension) => (
            <tr key={dimension}>
              <th scope="row">{t(`wellbeing.${dimension}`)}</th>
              <td>{baseline?.[dimension] ?? '–'}</td>
              <td>{after?.[dimension] ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
