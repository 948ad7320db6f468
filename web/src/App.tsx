import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { SignInAgainDialog } from './components/SignInAgainDialog';
import { changeLanguage } from './i18n';
import { hasNotifications, homeOf, navItems } from './navigation';
import { UnreadBadge } from './people/UnreadBadge';
import { AccessibilityStatementPage } from './pages/AccessibilityStatementPage';
import { AuditPage } from './pages/AuditPage';
import { ChildrenPage } from './pages/ChildrenPage';
import { FamiliesPage } from './pages/FamiliesPage';
import { FamilyHomePage } from './pages/FamilyHomePage';
import { FamilyPage } from './pages/FamilyPage';
import { InvitationPage } from './pages/InvitationPage';
import { JourneyPage } from './pages/JourneyPage';
import { KpisPage } from './pages/KpisPage';
import { LogbookPage } from './pages/LogbookPage';
import { MatchingPage } from './pages/MatchingPage';
import { MyDayPage } from './pages/MyDayPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { ParentHomePage } from './pages/ParentHomePage';
import { PeoplePage } from './pages/PeoplePage';
import { ReadLogPage } from './pages/ReadLogPage';
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
        <Route
          path="/invitation"
          element={
            <main id="main">
              <InvitationPage />
            </main>
          }
        />
        <Route
          path="/accessibility"
          element={
            <main id="main">
              <AccessibilityStatementPage />
            </main>
          }
        />
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
            {session.identity.displayName
              ? t('common.signedInAs', { user: session.identity.displayName, role: t(`role.${role}`) })
              : t('people.signedInAsRole', { role: t(`role.${role}`) })}
          </span>
          {hasNotifications(role) && <UnreadBadge />}
          <button type="button" className="link-button" lang={other} onClick={() => changeLanguage(other)}>
            {t('common.otherLanguage')}
          </button>
          <button type="button" className="link-button" onClick={() => void signOut()}>
            {t('common.signOut')}
          </button>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Routes>
          <Route path="/" element={<Navigate to={homeOf(role)} replace />} />
          <Route path="/login" element={<Navigate to={homeOf(role)} replace />} />
          <Route path="/invitation" element={<InvitationPage />} />
          <Route path="/my-day" element={<MyDayPage />} />
          <Route path="/home" element={<FamilyHomePage />} />
          <Route path="/my-child" element={<ParentHomePage />} />
          <Route path="/people" element={<PeoplePage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
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
          <Route path="/read-log" element={<ReadLogPage />} />
          <Route path="/accessibility" element={<AccessibilityStatementPage />} />
          <Route path="*" element={<p>{t('error.notFound')}</p>} />
        </Routes>
      </main>
      {session.ended && <SignInAgainDialog session={session} />}
    </>
  );
}
