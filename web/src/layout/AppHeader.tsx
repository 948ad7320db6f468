import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { Icon } from '../components/Icon';
import { changeLanguage } from '../i18n';
import { hasNotifications, homeOf, navItems } from '../navigation';
import { UnreadBadge } from '../people/UnreadBadge';
import { signOut, type Session } from '../session';

/**
 * Det Fælles Designsystem's header: the solution's name and the signed-in person, the main menu
 * under it on a wide screen; on a phone the menu, the person and signing out sit in a drawer opened
 * by "Menu", which closes on Escape, its close button, a tap beside it, or going to another page.
 */
export function AppHeader({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const role = session.identity.role;
  const other = i18n.language.startsWith('en') ? 'da' : 'en';
  const items = navItems(session.identity);

  useEffect(() => setMenuOpen(false), [pathname]);
  useEffect(() => {
    if (!menuOpen) return;
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  function close() {
    setMenuOpen(false);
    openButton.current?.focus();
  }

  const who = session.identity.displayName
    ? t('common.signedInAs', { user: session.identity.displayName, role: t(`role.${role}`) })
    : t('people.signedInAsRole', { role: t(`role.${role}`) });
  const menu = (className: string) => (
    <ul className="mainmenu">
      {items.map((item) => (
        <li key={item.to} className={pathname.startsWith(item.to) ? 'active current' : undefined}>
          <NavLink to={item.to} className={className}>
            <span>{t(item.key)}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
  const tools = (
    <>
      {hasNotifications(role) && <UnreadBadge />}
      <button type="button" className="function-link" lang={other} onClick={() => changeLanguage(other)}>
        {t('common.otherLanguage')}
      </button>
      <button type="button" className="function-link" onClick={() => void signOut()}>
        <Icon name="lock" />
        {t('common.signOut')}
      </button>
    </>
  );

  return (
    <header className="header">
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link to={homeOf(role)}>Venskab</Link>
          </div>
          <button ref={openButton} type="button" className="function-link button-menu-open" aria-haspopup="dialog" onClick={() => setMenuOpen(true)}>
            <Icon name="menu" />
            {t('nav.menu')}
          </button>
          <div className="header-user">
            <span className="who">{who}</span>
            {tools}
          </div>
        </div>
      </div>
      <div className="navigation-menu">
        <div className="navigation-menu-inner container">
          <nav className="nav" aria-label={t('nav.label')}>
            {menu('nav-link')}
          </nav>
        </div>
      </div>
      {menuOpen && (
        <>
          <div className="overlay is-visible" aria-hidden="true" onClick={close} />
          <div className="mobile-drawer is-visible" role="dialog" aria-modal="true" aria-labelledby="menu-heading">
            <div className="menu-top">
              <h2 id="menu-heading" className="menu-heading">
                {t('nav.menu')}
              </h2>
              <button ref={closeButton} type="button" className="function-link button-menu-close" onClick={close}>
                <Icon name="close" />
                {t('nav.closeMenu')}
              </button>
            </div>
            <nav className="navigation-menu-mobile" aria-label={t('nav.label')}>
              {menu('nav-link')}
            </nav>
            <div className="portal-info-mobile">
              <p className="user">{who}</p>
              <div className="drawer-tools">{tools}</div>
            </div>
          </div>
        </>
      )}
    </header>
  );
}
