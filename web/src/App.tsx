import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { SignInAgainDialog } from './components/SignInAgainDialog';
import { AppFooter } from './layout/AppFooter';
import { AppHeader } from './layout/AppHeader';
import { SignedOutLayout } from './layout/SignedOutLayout';
import { homeOf } from './navigation';
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
import { useSession } from './session';

export function App() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  useEffect(() => {
    document.title = `Venskab`;
  }, [location.pathname]);

  if (!session) {
    return (
      <SignedOutLayout>
        <Routes>
          <Route path="/invitation" element={<InvitationPage />} />
          <Route path="/accessibility" element={<AccessibilityStatementPage />} />
          <Route path="*" element={<SignInPage />} />
        </Routes>
      </SignedOutLayout>
    );
  }
  const role = session.identity.role;
  return (
    <>
      <a className="skipnav" href="#main">
        {t('nav.skip')}
      </a>
      <AppHeader session={session} />
      <main id="main" className="container page" tabIndex={-1}>
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
      <AppFooter />
      {session.ended && <SignInAgainDialog session={session} />}
    </>
  );
}
