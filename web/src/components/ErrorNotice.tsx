import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

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

export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const text = useErrorText();
  if (!error) return null;
  const refused = error instanceof ApiError && error.status === 409;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{refused ? t('error.refusedTitle') : t('error.title')}</strong> {text(error)}
      {error instanceof ApiError && error.status === 400 && error.otherMessages.length > 0 && (
        <ul>
          {error.otherMessages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <p aria-live="polite">{t('common.loading')}</p>;
}
