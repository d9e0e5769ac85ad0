import { AuditOutlined, CheckSquareOutlined, FileTextOutlined, FolderOpenOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MenuIcon } from './menus';

export const MENU_ICONS: Readonly<Record<MenuIcon, ReactNode>> = {
  approvals: <CheckSquareOutlined />,
  cadres: <TeamOutlined />,
  dossiers: <FolderOpenOutlined />,
  import: <UploadOutlined />,
  rounds: <AuditOutlined />,
  'work-records': <FileTextOutlined />,
};
