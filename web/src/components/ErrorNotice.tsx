import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Icon } from './Icon';

/**
 * The server's answer in words: a refusal's code translated (the server's English sentence for a
 * code the dictionaries do not know), a status the user can act on otherwise.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (!(error instanceof ApiError)) return t('error.network');
    if (error.status === 409 || (error.code && error.status !== 400)) {
      const sentence = error.otherMessages.join(' ') || error.message;
      return error.code ? t(`refusal.${error.code}`, { defaultValue: sentence }) : sentence;
    }
    if (error.status === 400) return t('error.fields');
    if (error.status === 403) return t('error.forbidden');
    if (error.status === 404) return t('error.notFound');
    return t('error.server', { status: error.status });
  };
}

const ICONS = { error: 'error', success: 'success', info: 'info', warning: 'warning' } as const;

/** Det Fælles Designsystem's alert: an icon, an optional heading, the words. Errors and warnings interrupt; the others are read when they appear. */
export function Alert({
  variant,
  heading,
  announce = true,
  polite = false,
  testId,
  children,
}: {
  variant: keyof typeof ICONS;
  heading?: string;
  /** False inside a live region of its own (one that exists before the alert does). */
  announce?: boolean;
  /** Said when the reader pauses rather than at once: advice given as one types. */
  polite?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const interrupts = !polite && (variant === 'error' || variant === 'warning');
  return (
    <div className={`alert alert-${variant}`} role={announce ? (interrupts ? 'alert' : 'status') : undefined} data-testid={testId}>
      <Icon name={ICONS[variant]} className="alert-icon" />
      <div className="alert-body">
        {heading && <p className="alert-heading">{heading}</p>}
        <div className="alert-text">{children}</div>
      </div>
    </div>
  );
}

export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const text = useErrorText();
  if (!error) return null;
  const refused = error instanceof ApiError && error.status === 409;
  return (
    <Alert variant="error" heading={refused ? t('error.refusedTitle') : t('error.title')}>
      <p>{text(error)}</p>
      {error instanceof ApiError && error.status === 400 && error.otherMessages.length > 0 && (
        <ul>
          {error.otherMessages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <p aria-live="polite">{t('common.loading')}</p>;
}
