import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

export interface SummarisedProblem {
  /** The control's name (or its group's prefix): the link moves focus to it. */
  name: string;
  label: string;
  message: string;
}

/**
 * Det Fælles Designsystem's error summary: when a send is stopped by the form's own checks, the
 * problems are listed above the form, the summary takes focus, and each links to its field.
 */
export function ErrorSummary({ problems }: { problems: SummarisedProblem[] }) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const shown = problems.length > 0;
  useEffect(() => {
    if (shown) summary.current?.focus();
  }, [shown]);
  if (!shown) return null;

  function focusField(name: string) {
    const form = summary.current?.closest('form');
    form?.querySelector<HTMLElement>(`[name="${name}"], [name^="${name}."]`)?.focus();
  }

  return (
    // Focus, not an alert role: each field's own message is already announced as it appears.
    <div ref={summary} className="alert alert-error error-summary" tabIndex={-1}>
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading">{t('error.summaryTitle')}</p>
        <ul className="alert-text nobullet-list">
          {problems.map((problem) => (
            <li key={problem.name}>
              <a
                href={`#${problem.name}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(problem.name);
                }}
              >
                {problem.label}: {problem.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
