import { Alert, Card, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { GRADE_LABELS } from '@app/domain/scoring/calibration';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';

type Summary = components['schemas']['DossierSummaryResponse'];

/** 成长档案: one-click lookup of a cadre's growth dossier by name, unit or post (scoped by the API). */
export function DossiersPage() {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const found = useLoad(() => api.GET('/api/dossiers', { params: { query: { q: q || undefined, page, pageSize: 20 } } }), [q, page]);
  return (
    <Card title="成长档案">
      <Input.Search
        placeholder="输入姓名、单位或岗位，一键查询"
        allowClear
        enterButton="查询"
        style={{ maxWidth: 420, marginBottom: 16 }}
        onSearch={(value) => {
          setQ(value.trim());
          setPage(1);
        }}
      />
      {found.error && <Alert type="error" showIcon title={found.error} style={{ marginBottom: 16 }} />}
      <Table<Summary>
        rowKey="cadreId"
        loading={found.loading}
        dataSource={found.data?.items ?? []}
        locale={{ emptyText: q ? '没有符合条件的干部' : '暂无档案' }}
        pagination={{ current: page, pageSize: 20, total: found.data?.total ?? 0, showTotal: (total) => `共 ${total} 人`, onChange: setPage }}
        columns={[
          { title: '姓名', width: 110, render: (_, row) => <Link to={`/dossiers/${row.cadreId}`}>{row.name}</Link> },
          { title: '原单位', dataIndex: 'homeUnit' },
          { title: '挂职单位', render: (_, row) => row.hostUnit ?? '—' },
          { title: '历练类别', width: 130, render: (_, row) => row.category ?? '—' },
          { title: '最近等次', width: 100, render: (_, row) => (row.latestGrade ? <Tag color={row.latestGrade === 'EXCELLENT' ? 'red' : 'blue'}>{GRADE_LABELS[row.latestGrade]}</Tag> : '—') },
          { title: '获评优秀', width: 100, render: (_, row) => `${row.excellentRounds} 次` },
        ]}
      />
    </Card>
  );
}
