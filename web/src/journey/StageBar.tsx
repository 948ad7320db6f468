import { useTranslation } from 'react-i18next';
import type { JourneyStage } from '../domain';

const PATH: JourneyStage[] = ['referred', 'awaiting_consent', 'screening', 'matching', 'friendship_meeting_scheduled', 'active', 'one_year_review', 'continuing'];

/** The journey's main path with the current stage marked; an early end is shown at the end of the bar. */
export function StageBar({ stage }: { stage: JourneyStage }) {
  const { t } = useTranslation();
  const steps = PATH.includes(stage) ? PATH : [...PATH.slice(0, -1), stage];
  const currentIndex = steps.indexOf(stage);
  return (
    <nav aria-label={t('journey.stageBar')}>
      <ol className="stage-bar">
        {steps.map((step, index) => (
          <li key={step} className={index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'ahead'} aria-current={index === currentIndex ? 'step' : undefined}>
            {t(`stage.${step}`)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
