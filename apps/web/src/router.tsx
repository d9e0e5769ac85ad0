import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { CadresPage } from './pages/CadresPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RosterImportPage } from './pages/RosterImportPage';
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
      { path: 'cadres', element: <CadresPage /> },
      { path: 'imports/roster', element: <RosterImportPage /> },
      { path: 'work-records', element: <WorkRecordsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
