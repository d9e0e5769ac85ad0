import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@app/domain/auth/password-policy';
import { ROLE_LABELS, Role } from '@app/domain/auth/role';
import { UnitType } from '@app/domain/units/unit-type';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { FormModal } from './FormModal';
import { CadreSelect, UnitSelect } from './pickers';
import { SearchBox } from './filters';

type Account = components['schemas']['UserResponse'];

const ROLE_OPTIONS = Object.values(Role).map((value) => ({ value, label: ROLE_LABELS[value] }));
/** The unit an account of a scoped role acts for, by role (the API requires it). */
const UNIT_OF_ROLE: Partial<Record<Role, UnitType>> = { [Role.HostUnit]: UnitType.Host, [Role.Certifier]: UnitType.Certifier };
const passwordRules = (required: string) => [
  { required: true, message: required },
  { min: PASSWORD_MIN_LENGTH, message: `至少 ${PASSWORD_MIN_LENGTH} 个字符` },
  { max: PASSWORD_MAX_LENGTH, message: `最多 ${PASSWORD_MAX_LENGTH} 个字符` },
];

/** 用户管理: accounts and their roles; a host unit's or certifier's account names its unit, a cadre's its cadre. */
export function UsersPage() {
  const me = useUser();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const users = useLoad(() => api.GET('/api/users', { params: { query: { q: q || undefined, role, page, pageSize: 20, sort: 'username' } } }), [q, role, page]);

  return (
    <Card
      title="用户管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增用户
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <SearchBox
          placeholder="用户名或姓名"
          width={220}
          onSearch={(value) => {
            setQ(value);
            setPage(1);
          }}
        />
        <Select
          placeholder="角色"
          allowClear
          style={{ width: 160 }}
          value={role}
          options={ROLE_OPTIONS}
          onChange={(value) => {
            setRole(value);
            setPage(1);
          }}
        />
      </Space>
      {users.error && <Alert type="error" showIcon title={users.error} style={{ marginBottom: 16 }} />}
      <Table<Account>
        rowKey="id"
        loading={users.loading}
        dataSource={users.data?.items ?? []}
        locale={{ emptyText: q || role ? '没有符合条件的用户' : '暂无用户' }}
        pagination={{ current: page, pageSize: 20, total: users.data?.total ?? 0, showTotal: (total) => `共 ${total} 个`, onChange: setPage }}
        columns={[
          { title: '用户名', dataIndex: 'username', width: 180 },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', width: 120, render: (_, account) => ROLE_LABELS[account.role] },
          { title: '状态', width: 90, render: (_, account) => (account.disabled ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>) },
          {
            title: '操作',
            width: 170,
            render: (_, account) => (
              <Space>
                <Button size="small" onClick={() => setEditing(account)}>
                  编辑
                </Button>
                {account.id !== me.id && (
                  <Button size="small" onClick={() => setResetting(account)}>
                    重置密码
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <EditAccount
          account={editing === 'new' ? null : editing}
          self={editing !== 'new' && editing.id === me.id}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              message.success(`已保存 ${saved.username}`);
              users.reload();
            }
          }}
        />
      )}
      {resetting && (
        <ResetPassword
          account={resetting}
          onClose={(done) => {
            setResetting(null);
            if (done) message.success(`已重置 ${resetting.username} 的密码，其登录会话均已结束`);
          }}
        />
      )}
    </Card>
  );
}

interface AccountValues {
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  cadreId: string | null;
  password: string;
  disabled: boolean;
}

function EditAccount({ account, self, onClose }: { account: Account | null; self: boolean; onClose: (saved: Account | null) => void }) {
  const [form] = Form.useForm<AccountValues>();
  const role = Form.useWatch('role', form) ?? account?.role ?? Role.OrgStaff;
  const unitType = UNIT_OF_ROLE[role];
  const send = (values: AccountValues) => {
    const unitId = unitType ? values.unitId : null;
    const cadreId = role === Role.Cadre ? values.cadreId : null;
    return account
      ? api.PATCH('/api/users/{id}', {
          params: { path: { id: account.id } },
          body: { version: account.version, displayName: values.displayName.trim(), role: values.role, unitId, cadreId, disabled: values.disabled },
        })
      : api.POST('/api/users', {
          body: { username: values.username.trim(), displayName: values.displayName.trim(), role: values.role, unitId: unitId ?? undefined, cadreId: cadreId ?? undefined, password: values.password },
        });
  };
  return (
    <FormModal
      title={account ? `编辑 ${account.username}` : '新增用户'}
      form={form}
      initialValues={
        account
          ? { username: account.username, displayName: account.displayName, role: account.role, unitId: account.unitId, cadreId: account.cadreId, disabled: account.disabled }
          : { role: Role.OrgStaff, unitId: null, cadreId: null, disabled: false }
      }
      send={send}
      onDone={onClose}
      onCancel={() => onClose(null)}
      // Another role acts for another kind of unit, or for no cadre: what was chosen for the last one goes.
      onValuesChange={(changed: Partial<AccountValues>) => {
        if (changed.role) form.setFieldsValue({ unitId: null, cadreId: null });
      }}
    >
      <Form.Item
        label="用户名"
        name="username"
        extra={account ? undefined : '3 至 64 个字母、数字、下划线、点或连字符，保存为小写'}
        rules={[
          { required: true, message: '请填写用户名' },
          { pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$/, message: '3 至 64 个字母、数字、下划线、点或连字符，以字母或数字开头' },
        ]}
      >
        <Input disabled={Boolean(account)} autoComplete="off" />
      </Form.Item>
      <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 100, message: '最多 100 字' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]} extra={self ? '不能修改自己的角色' : undefined}>
        <Select options={ROLE_OPTIONS} disabled={self} />
      </Form.Item>
      {unitType && (
        <Form.Item label={role === Role.HostUnit ? '所属用人单位' : '所属认定单位'} name="unitId" rules={[{ required: true, message: '请选择单位' }]}>
          <UnitSelect type={unitType} />
        </Form.Item>
      )}
      {role === Role.Cadre && (
        <Form.Item label="对应干部" name="cadreId" rules={[{ required: true, message: '请选择该账号对应的干部' }]}>
          <CadreSelect />
        </Form.Item>
      )}
      {account ? (
        <Form.Item label="停用" name="disabled" valuePropName="checked" extra="停用后不能登录，已有登录会话立即结束">
          <Switch disabled={self} />
        </Form.Item>
      ) : (
        <Form.Item label="初始密码" name="password" extra={`至少 ${PASSWORD_MIN_LENGTH} 个字符；请线下告知本人并提醒其登录后修改`} rules={passwordRules('请设置初始密码')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
    </FormModal>
  );
}

function ResetPassword({ account, onClose }: { account: Account; onClose: (done: boolean) => void }) {
  const [form] = Form.useForm<{ newPassword: string }>();
  return (
    <FormModal
      title={`重置 ${account.username} 的密码`}
      okText="重置"
      form={form}
      // Answered with 204 No Content: FormModal takes any success as done.
      send={({ newPassword }) => api.POST('/api/users/{id}/password', { params: { path: { id: account.id } }, body: { newPassword } })}
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="新密码" name="newPassword" extra="重置后该用户的登录会话均会结束" rules={passwordRules('请设置新密码')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
