import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { BatchesPage } from './pages/BatchesPage';
import { CadresPage } from './pages/CadresPage';
import { CertificatesPage } from './pages/CertificatesPage';
import { DashboardPage } from './pages/DashboardPage';
import { HostEvaluationsPage } from './pages/HostEvaluationsPage';
import { DossierPage, MyDossierPage } from './pages/DossierPage';
import { DossiersPage } from './pages/DossiersPage';
import { LoginPage } from './pages/LoginPage';
import { MyResultsPage } from './pages/MyResultsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PerformancePage } from './pages/PerformancePage';
import { RosterImportPage } from './pages/RosterImportPage';
import { RoundPage } from './pages/RoundPage';
import { RoundsPage } from './pages/RoundsPage';
import { TalentPoolPage } from './pages/TalentPoolPage';
import { UnitsPage } from './pages/UnitsPage';
import { UsersPage } from './pages/UsersPage';
import { VotePage } from './pages/VotePage';
import { WorkRecordsPage } from './pages/WorkRecordsPage';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // Public: a voter has a code, not an account.
  { path: '/vote', element: <VotePage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { path: 'batches', element: <BatchesPage /> },
      { path: 'cadres', element: <CadresPage /> },
      { path: 'certificates', element: <CertificatesPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'dossiers', element: <DossiersPage /> },
      { path: 'evaluations', element: <HostEvaluationsPage /> },
      { path: 'dossiers/:cadreId', element: <DossierPage /> },
      { path: 'my-dossier', element: <MyDossierPage /> },
      { path: 'my-results', element: <MyResultsPage /> },
      { path: 'performance', element: <PerformancePage /> },
      { path: 'imports/roster', element: <RosterImportPage /> },
      { path: 'approvals', element: <RoundsPage awaitingApproval /> },
      { path: 'rounds', element: <RoundsPage /> },
      { path: 'rounds/:id', element: <RoundPage /> },
      { path: 'talent-pool', element: <TalentPoolPage /> },
      { path: 'units', element: <UnitsPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'work-records', element: <WorkRecordsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
