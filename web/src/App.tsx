import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { changeLanguage } from './i18n';
import { homeOf, navItems } from './navigation';
import { AuditPage } from './pages/AuditPage';
import { ChildrenPage } from './pages/ChildrenPage';
import { FamiliesPage } from './pages/FamiliesPage';
import { FamilyPage } from './pages/FamilyPage';
import { JourneyPage } from './pages/JourneyPage';
import { KpisPage } from './pages/KpisPage';
import { LogbookPage } from './pages/LogbookPage';
import { MatchingPage } from './pages/MatchingPage';
import { MyDayPage } from './pages/MyDayPage';
import { ReferralPage } from './pages/ReferralPage';
import { SignInPage } from './pages/SignInPage';
import { WaitingListsPage } from './pages/WaitingListsPage';
import { signOut, useSession } from './session';

export function App() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `Venskab`;
  }, [location.pathname]);

  if (!session) {
    return (
      <Routes>
        <Route path="*" element={<SignInPage />} />
      </Routes>
    );
  }
  const role = session.identity.role;
  const other = i18n.language.startsWith('en') ? 'da' : 'en';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <span className="brand">Venskab</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {navItems(session.identity).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.key)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <span className="who">
            {t('common.signedInAs', { user: session.identity.userId, role: t(`role.${role}`) })}
          </span>
          <button type="button" className="link-button" lang={other} onClick={() => changeLanguage(other)}>
            {t('common.otherLanguage')}
          </button>
          <button type="button" className="link-button" onClick={signOut}>
            {t('common.signOut')}
          </button>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Routes>
          <Route path="/" element={<Navigate to={homeOf(role)} replace />} />
          <Route path="/login" element={<Navigate to={homeOf(role)} replace />} />
          <Route path="/my-day" element={<MyDayPage />} />
          <Route path="/children" element={<ChildrenPage />} />
          <Route path="/refer" element={<ReferralPage />} />
          <Route path="/journeys/:journeyId" element={<JourneyPage />} />
          <Route path="/journeys/:journeyId/matching" element={<MatchingPage />} />
          <Route path="/journeys/:journeyId/logbook" element={<LogbookPage />} />
          <Route path="/journeys/:journeyId/audit" element={<AuditPage />} />
          <Route path="/families" element={<FamiliesPage />} />
          <Route path="/families/:familyId" element={<FamilyPage />} />
          <Route path="/waiting-lists" element={<WaitingListsPage />} />
          <Route path="/kpis" element={<KpisPage />} />
          <Route path="*" element={<p>{t('error.notFound')}</p>} />
        </Routes>
      </main>
    </>
  );
}
