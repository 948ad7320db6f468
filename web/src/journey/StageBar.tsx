import { useTranslation } from 'react-i18next';
import type { JourneyStage } from '../domain';
import { stagePath } from './closure-stage-path';

/** The stages the journey went through, its current stage and what can still come (see stagePath). */
export function StageBar({ stage, enteredAt }: { stage: JourneyStage; enteredAt?: Partial<Record<JourneyStage, string>> }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('journey.stageBar')}>
      <ol className="unstyled-list no-max-width stage-bar" data-testid="stage-bar">
        {stagePath(stage, enteredAt).map((step, index) => (
          <li key={`${index}-${step.stage}`} className={step.status} aria-current={step.status === 'current' ? 'step' : undefined}>
            {t(`stage.${step.stage}`)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
