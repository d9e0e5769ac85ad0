import { Alert, Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import { SECONDMENT_STATUS, SecondmentCategory, SecondmentStatus } from '@app/domain/registry/vocabulary';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { formatDate } from '../format';
import { CadreEditor } from './CadreEditor';
import { CategorySelect, SearchBox } from './filters';

type Cadre = components['schemas']['CadreResponse'];

const STATUS_COLORS: Record<SecondmentStatus, string> = { ACTIVE: 'green', COMPLETED: 'default', WITHDRAWN: 'orange' };

/** The cadres the signed-in user may see (the API scopes a host unit or certifier to its own), searchable and paged. */
export function CadresPage() {
  const user = useUser();
  const manages = hasPermission(user.role, Permission.CadreManage);
  const [editing, setEditing] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<SecondmentCategory>();
  const [status, setStatus] = useState<SecondmentStatus>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const cadres = useLoad(
    () => api.GET('/api/cadres', { params: { query: { q: q || undefined, category, status, page, pageSize } } }),
    [q, category, status, page, pageSize],
  );

  return (
    <Card title="干部名册">
      <Space wrap style={{ marginBottom: 16 }}>
        <SearchBox
          placeholder="姓名、单位、职务或挂职岗位"
          width={280}
          onSearch={(value) => {
            setQ(value);
            setPage(1);
          }}
        />
        <CategorySelect
          value={category}
          onChange={(value) => {
            setCategory(value);
            setPage(1);
          }}
        />
        <Select
          placeholder="挂职状态"
          allowClear
          style={{ width: 140 }}
          value={status}
          options={SECONDMENT_STATUS.codes.map((code) => ({ value: code, label: SECONDMENT_STATUS.label(code) }))}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
        />
      </Space>
      {cadres.error && <Alert type="error" showIcon title={cadres.error} style={{ marginBottom: 16 }} />}
      <Table<Cadre>
        rowKey="id"
        loading={cadres.loading}
        dataSource={cadres.data?.items ?? []}
        locale={{ emptyText: q || category || status ? '没有符合条件的干部' : '暂无干部' }}
        pagination={{
          current: page,
          pageSize,
          total: cadres.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 人`,
          onChange: (next, size) => {
            setPage(size === pageSize ? next : 1);
            setPageSize(size);
          },
        }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '原单位', render: (_, cadre) => cadre.homeUnit.name },
          { title: '职务', dataIndex: 'position', width: 120 },
          {
            title: '挂职单位及岗位',
            render: (_, cadre) => {
              const current = cadre.secondments[0];
              return current ? `${current.hostUnit.name} ${current.post}` : '—';
            },
          },
          { title: '历练类别', width: 120, render: (_, cadre) => cadre.secondments[0]?.categoryLabel ?? '—' },
          {
            title: '挂职期间',
            width: 250,
            render: (_, cadre) => {
              const current = cadre.secondments[0];
              return current ? <span style={{ whiteSpace: 'nowrap' }}>{`${formatDate(current.startDate)} 至 ${formatDate(current.endDate)}`}</span> : '—';
            },
          },
          {
            title: '状态',
            width: 90,
            render: (_, cadre) => {
              const current = cadre.secondments[0];
              return current ? <Tag color={STATUS_COLORS[current.status]}>{current.statusLabel}</Tag> : '—';
            },
          },
          ...(manages
            ? [
                {
                  title: '操作',
                  width: 80,
                  render: (_: unknown, cadre: Cadre) => (
                    <Button size="small" onClick={() => setEditing(cadre.id)}>
                      编辑
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <CadreEditor
          cadreId={editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) cadres.reload();
          }}
        />
      )}
    </Card>
  );
}
