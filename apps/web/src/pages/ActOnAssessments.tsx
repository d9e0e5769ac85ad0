import { Alert, Button, Card, Table, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';

export type ListedAssessment = components['schemas']['AssessmentListItemResponse'];

/**
 * The assessments of rounds still taking inputs that the signed-in unit may act on (the
 * API scopes them), each with one action that opens `form`.
 */
export function ActOnAssessments({
  title,
  action,
  empty,
  form,
}: {
  title: string;
  action: string;
  empty: string;
  form: (assessment: ListedAssessment, close: (done: boolean) => void) => ReactNode;
}) {
  const [page, setPage] = useState(1);
  const [acting, setActing] = useState<ListedAssessment | null>(null);
  const list = useLoad(() => api.GET('/api/assessments', { params: { query: { roundStatus: 'COLLECTING', page, pageSize: 20 } } }), [page]);
  return (
    <Card title={title}>
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
      <Table<ListedAssessment>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: empty }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, hideOnSinglePage: true, onChange: setPage }}
        columns={[
          { title: '考核', render: (_, a) => `${a.round.name}（${a.round.typeLabel}）` },
          { title: '干部', width: 110, render: (_, a) => a.cadre.name },
          { title: '挂职单位', render: (_, a) => a.hostUnit.name },
          { title: '类别', width: 130, render: (_, a) => <Tag>{a.categoryLabel}</Tag> },
          {
            title: '操作',
            width: 100,
            render: (_, a) => (
              <Button size="small" type="primary" onClick={() => setActing(a)}>
                {action}
              </Button>
            ),
          },
        ]}
      />
      {acting &&
        form(acting, (done) => {
          setActing(null);
          if (done) list.reload();
        })}
    </Card>
  );
}
