import { Spin } from 'antd';
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { RouteError } from './layout/RouteError';

/**
 * A page loaded when first visited (its own chunk), so the first load carries the
 * layout and the login, not every page of every role.
 */
function page(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: await load() }) };
}

export const router = createBrowserRouter([
  { path: '/login', errorElement: <RouteError />, ...page(async () => (await import('./pages/LoginPage')).LoginPage) },
  // Public: a voter has a code, not an account.
  { path: '/vote', errorElement: <RouteError />, ...page(async () => (await import('./pages/VotePage')).VotePage) },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while the first page's chunk arrives.
    hydrateFallbackElement: <Spin fullscreen tip="正在加载…" />,
    children: [
      { path: 'batches', ...page(async () => (await import('./pages/BatchesPage')).BatchesPage) },
      { path: 'cadres', ...page(async () => (await import('./pages/CadresPage')).CadresPage) },
      { path: 'certificates', ...page(async () => (await import('./pages/CertificatesPage')).CertificatesPage) },
      { path: 'dashboard', ...page(async () => (await import('./pages/DashboardPage')).DashboardPage) },
      { path: 'dossiers', ...page(async () => (await import('./pages/DossiersPage')).DossiersPage) },
      { path: 'evaluations', ...page(async () => (await import('./pages/HostEvaluationsPage')).HostEvaluationsPage) },
      { path: 'dossiers/:cadreId', ...page(async () => (await import('./pages/DossierPage')).DossierPage) },
      { path: 'my-dossier', ...page(async () => (await import('./pages/DossierPage')).MyDossierPage) },
      { path: 'mutual-evaluations', ...page(async () => (await import('./pages/MutualEvaluationPage')).MutualEvaluationPage) },
      { path: 'my-results', ...page(async () => (await import('./pages/MyResultsPage')).MyResultsPage) },
      { path: 'performance', ...page(async () => (await import('./pages/PerformancePage')).PerformancePage) },
      { path: 'imports/roster', ...page(async () => (await import('./pages/RosterImportPage')).RosterImportPage) },
      {
        path: 'approvals',
        ...page(async () => {
          const { RoundsPage } = await import('./pages/RoundsPage');
          return function ApprovalsPage() {
            return <RoundsPage awaitingApproval />;
          };
        }),
      },
      { path: 'rounds', ...page(async () => (await import('./pages/RoundsPage')).RoundsPage) },
      { path: 'rounds/:id', ...page(async () => (await import('./pages/RoundPage')).RoundPage) },
      { path: 'rubrics', ...page(async () => (await import('./pages/RubricsPage')).RubricsPage) },
      { path: 'rubrics/:id', ...page(async () => (await import('./pages/RubricPage')).RubricPage) },
      { path: 'talent-pool', ...page(async () => (await import('./pages/TalentPoolPage')).TalentPoolPage) },
      { path: 'units', ...page(async () => (await import('./pages/UnitsPage')).UnitsPage) },
      { path: 'users', ...page(async () => (await import('./pages/UsersPage')).UsersPage) },
      { path: 'work-records', ...page(async () => (await import('./pages/WorkRecordsPage')).WorkRecordsPage) },
      { path: '*', ...page(async () => (await import('./pages/NotFoundPage')).NotFoundPage) },
    ],
  },
]);
