import { ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/ErrorNotice';

/**
 * The actions a person may take now, each a form that opens in place. The confirmation of the last
 * action sent lives here, not in its form: an action that was taken often leaves the list (a family's
 * yes to a match, a pause), and its confirmation must not vanish with it.
 */
export function ActionList<T extends string>({
  headingId,
  actions,
  textsAt,
  emptyText,
  renderForm,
}: {
  headingId: string;
  actions: T[];
  /** Where each action's title lives in the translations. */
  textsAt: 'command' | 'familyCommand';
  /** Shown when there is no action; without it an empty list shows nothing at all. */
  emptyText?: string;
  renderForm: (type: T, onDone: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [lastDone, setLastDone] = useState<T | null>(null);
  if (actions.length === 0 && !emptyText && !lastDone) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('journey.actions')}</h2>
      <div role="status">
        {lastDone && (
          <Alert variant="success" announce={false}>
            <p>{t('journey.actionDone', { action: t(`${textsAt}.${lastDone}.title`) })}</p>
          </Alert>
        )}
      </div>
      {actions.length === 0 && emptyText ? <p>{emptyText}</p> : null}
      {actions.map((type) => (
        <details key={type} className="details action">
          <summary className="details-summary">{t(`${textsAt}.${type}.title`)}</summary>
          <div className="details-text">
            {renderForm(type, () => setLastDone(type))}
          </div>
        </details>
      ))}
    </section>
  );
}
