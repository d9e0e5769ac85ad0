import { AuditOutlined, BarChartOutlined, CheckSquareOutlined, EditOutlined, FileTextOutlined, FlagOutlined, FolderOpenOutlined, SafetyCertificateOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuIcon } from './menus';

export const MENU_ICONS: Readonly<Record<MenuIcon, ReactNode>> = {
  approvals: <CheckSquareOutlined />,
  cadres: <TeamOutlined />,
  certificates: <SafetyCertificateOutlined />,
  dashboard: <BarChartOutlined />,
  dossiers: <FolderOpenOutlined />,
  evaluations: <EditOutlined />,
  import: <UploadOutlined />,
  results: <FlagOutlined />,
  rounds: <AuditOutlined />,
  'work-records': <FileTextOutlined />,
};
