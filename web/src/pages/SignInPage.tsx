import { useTranslation } from 'react-i18next';
import { SignInForm } from '../components/SignInForm';
import { signIn } from '../session';

/** Signing in keeps the address: the person lands on the page they asked for (or their home for "/"). */
export function SignInPage() {
  const { t } = useTranslation();
  return (
    <div className="sign-in">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <SignInForm onSignedIn={signIn} />
      <p className="form-hint">{t('signIn.demoHint')}</p>
    </div>
  );
}
