import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CrownOutlined,
  EditOutlined,
  FileTextOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  InteractionOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  TrophyOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuIcon } from './menus';

export const MENU_ICONS: Readonly<Record<MenuIcon, ReactNode>> = {
  approvals: <CheckSquareOutlined />,
  batches: <CalendarOutlined />,
  cadres: <TeamOutlined />,
  certificates: <SafetyCertificateOutlined />,
  dashboard: <BarChartOutlined />,
  dossiers: <FolderOpenOutlined />,
  evaluations: <EditOutlined />,
  performance: <TrophyOutlined />,
  import: <UploadOutlined />,
  'mutual-evaluations': <InteractionOutlined />,
  results: <FlagOutlined />,
  rounds: <AuditOutlined />,
  'talent-pool': <CrownOutlined />,
  units: <ApartmentOutlined />,
  users: <UserOutlined />,
  'work-records': <FileTextOutlined />,
};
