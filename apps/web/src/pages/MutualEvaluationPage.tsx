import { Alert, App, Button, Card, Empty, Popconfirm, Select, Space, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { RATING_LABELS, RATINGS, type Rating } from '@app/domain/scoring/rubric';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';

type Evaluation = components['schemas']['MyMutualEvaluationResponse'];
type Colleague = components['schemas']['ColleagueDto'];

/**
 * 集中互评 (a key-task cadre): the open evaluations of my groups, each colleague to rate
 * once (never myself). The rating is anonymous: the system keeps that I rated a
 * colleague apart from what I gave, so neither is shown back beside my name.
 */
export function MutualEvaluationPage() {
  const evaluations = useLoad(() => api.GET('/api/mutual-evaluations/mine'), []);
  if (evaluations.error) return <Alert type="error" showIcon title={evaluations.error} />;
  if (!evaluations.data) return <Spin />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type="info" showIcon title="集中互评为无记名评价：每名同事只能评价一次，提交后不能修改；系统不记录您给出的具体等次与您的对应关系。" />
      {evaluations.data.length === 0 ? (
        <Card>
          <Empty description="当前没有需要您参加的集中互评" />
        </Card>
      ) : (
        evaluations.data.map((e) => <RateColleagues key={e.id} evaluation={e} onRated={evaluations.reload} />)
      )}
    </Space>
  );
}

function RateColleagues({ evaluation, onRated }: { evaluation: Evaluation; onRated: () => void }) {
  const { message } = App.useApp();
  const [chosen, setChosen] = useState<Record<string, Rating>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const rate = async (colleague: Colleague) => {
    const rating = chosen[colleague.assessmentId];
    if (!rating) return;
    setBusy(colleague.assessmentId);
    const { error, response } = await api.POST('/api/mutual-evaluations/{id}/ratings', { params: { path: { id: evaluation.id } }, body: { assessmentId: colleague.assessmentId, rating } });
    setBusy(null);
    if (response.ok) message.success(`已提交对 ${colleague.name} 的评价`);
    else message.error(describeError(response.status, error));
    onRated();
  };
  const left = evaluation.colleagues.filter((c) => !c.rated).length;
  return (
    <Card title={`${evaluation.roundName}：${evaluation.groupLabel}`} extra={left === 0 ? <Tag color="green">已全部评价</Tag> : <Tag color="gold">还有 {left} 名同事待评价</Tag>}>
      <Table<Colleague>
        rowKey="assessmentId"
        size="small"
        pagination={false}
        dataSource={evaluation.colleagues}
        columns={[
          { title: '姓名', width: 120, dataIndex: 'name' },
          { title: '挂职单位', dataIndex: 'hostUnit' },
          {
            title: '评价',
            width: 320,
            render: (_, c) =>
              c.rated ? (
                <Tag color="green">已评价</Tag>
              ) : (
                <Space>
                  <Select<Rating>
                    aria-label={`对${c.name}的评价`}
                    style={{ width: 140 }}
                    placeholder="选择等次"
                    value={chosen[c.assessmentId]}
                    onChange={(value) => setChosen((all) => ({ ...all, [c.assessmentId]: value }))}
                    options={RATINGS.map((value) => ({ value, label: RATING_LABELS[value] }))}
                  />
                  <Popconfirm
                    title={`提交对 ${c.name} 的评价？`}
                    description="提交后不能修改。"
                    okText="提交"
                    cancelText="取消"
                    disabled={!chosen[c.assessmentId]}
                    onConfirm={() => rate(c)}
                  >
                    <Button type="primary" disabled={!chosen[c.assessmentId]} loading={busy === c.assessmentId}>
                      提交
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
