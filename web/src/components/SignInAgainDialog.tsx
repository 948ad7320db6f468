import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn, signOut, type Session } from '../session';
import { SignInForm } from './SignInForm';

/**
 * Over the page when the server ended the sign-in: the page and what was typed stay underneath, and
 * after signing in again the person sends it from where they were. Someone else signing in gets a
 * fresh start on their own home page, never the previous person's page.
 */
export function SignInAgainDialog({ session }: { session: Session }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  function signedIn(next: Session) {
    signIn(next);
    if (next.identity.userId !== session.identity.userId) window.location.assign('/');
  }

  return (
    <dialog
      ref={dialog}
      className="sign-in-again"
      aria-labelledby="sign-in-again-title"
      // Escape would leave a page whose every send fails; the way out is to sign out.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="sign-in-again-title">{t('signInAgain.title')}</h2>
      <p>{t('signInAgain.explained')}</p>
      <SignInForm onSignedIn={signedIn} />
      <button type="button" className="button button-tertiary" onClick={() => void signOut()}>
        {t('common.signOut')}
      </button>
    </dialog>
  );
}
