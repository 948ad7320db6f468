import { useTranslation } from 'react-i18next';

const SECTIONS = ['scope', 'status', 'notAccessible', 'howPrepared', 'feedback', 'enforcement'] as const;

/**
 * The accessibility statement (tilgængelighedserklæring) Danish public-sector services publish under the
 * web accessibility act: what is and is not accessible, how that was judged, and where to complain.
 * Reachable without signing in, as the act requires it to be for everyone.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  return (
    <article className="statement">
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`accessibility-${section}`}>
          <h2 id={`accessibility-${section}`}>{t(`accessibility.${section}.heading`)}</h2>
          {(t(`accessibility.${section}.paragraphs`, { returnObjects: true }) as string[]).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
      <p className="hint">{t('accessibility.updated')}</p>
    </article>
  );
}
