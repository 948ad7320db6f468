import { useTranslation } from 'react-i18next';
import { SignInForm } from '../components/SignInForm';
import { changeLanguage } from '../i18n';
import { signIn } from '../session';

/** Signing in keeps the address: the person lands on the page they asked for (or their home for "/"). */
export function SignInPage() {
  const { t, i18n } = useTranslation();
  const other = i18n.language.startsWith('en') ? 'da' : 'en';

  return (
    <main id="main" className="sign-in">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <SignInForm onSignedIn={signIn} />
      <p className="hint">{t('signIn.demoHint')}</p>
      <button type="button" className="link-button" lang={other} onClick={() => changeLanguage(other)}>
        {t('common.otherLanguage')}
      </button>
    </main>
  );
}
