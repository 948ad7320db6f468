import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { AppFooter } from './AppFooter';

/** The pages one reaches without signing in: the solution's name, the other language, the page, the footer. */
export function SignedOutLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const other = i18n.language.startsWith('en') ? 'da' : 'en';
  return (
    <>
      <a className="skipnav" href="#main">
        {t('nav.skip')}
      </a>
      <header className="header">
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <span>Venskab</span>
            </div>
            <button type="button" className="function-link header-language" lang={other} onClick={() => changeLanguage(other)}>
              {t('common.otherLanguage')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="container page" tabIndex={-1}>
        {children}
      </main>
      <AppFooter />
    </>
  );
}
