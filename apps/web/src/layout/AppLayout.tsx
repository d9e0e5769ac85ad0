import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '@app/domain/auth/role';
import { useSession } from '../auth/session';
import { MENU_ICONS } from './icons';
import { MENUS } from './menus';

/** The signed-in console: the role's side menu, the user and logout, the page. */
export function AppLayout() {
  const { user, logout } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (user === undefined) return <Spin fullscreen tip="正在加载…" />;
  if (user === null) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  const menu = MENUS[user.role];
  if (location.pathname === '/') return <Navigate to={menu[0].path} replace />;
  const selected = menu.find((entry) => location.pathname.startsWith(entry.path))?.path;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} breakpoint="lg" collapsedWidth={0} theme="dark">
        <div style={{ color: '#fff', padding: '16px 20px', fontWeight: 600, fontSize: 15, lineHeight: 1.4 }}>挂职历练干部考核管理系统</div>
        <Menu
          theme="dark"
          mode="inline"
          aria-label="主菜单"
          selectedKeys={selected ? [selected] : []}
          items={menu.map((entry) => ({ key: entry.path, icon: MENU_ICONS[entry.icon], label: entry.label }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <Space size="middle">
            <UserOutlined />
            <Typography.Text data-testid="current-user">
              {user.displayName}（{ROLE_LABELS[user.role]}）
            </Typography.Text>
            <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
