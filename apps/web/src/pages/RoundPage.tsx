import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Spin, Tabs, Tag } from 'antd';
import { useParams } from 'react-router';
import { ROUND_STATUS_LABELS, RoundStatus } from '@app/domain/assessment/round-flow';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { formatDate } from '../format';
import { ROUND_STATUS_COLORS } from './RoundsPage';
import { ScoreSheet } from './ScoreSheet';

/** One round: its facts, the next step of its flow, and the scoring grid. */
export function RoundPage() {
  const { id } = useParams() as { id: string };
  const user = useUser();
  const { message, modal } = App.useApp();
  const round = useLoad(() => api.GET('/api/rounds/{id}', { params: { path: { id } } }), [id]);
  const manages = hasPermission(user.role, Permission.RoundManage);

  if (round.error) return <Alert type="error" showIcon title={round.error} />;
  if (!round.data) return <Spin />;
  const r = round.data;

  const open = async () => {
    const { data, error, response } = await api.POST('/api/rounds/{id}/open', { params: { path: { id } } });
    if (data) message.success(`已开启考核：共 ${data.total} 名干部`);
    else message.error(describeError(response.status, error));
    round.reload();
  };
  const startCalibration = async () => {
    const { data, error, response } = await api.POST('/api/rounds/{id}/start-calibration', { params: { path: { id } } });
    if (data) message.success('评分已结束，进入校准');
    // 409 names what keeps assessments unscored: worth reading in full.
    else modal.error({ title: '尚不能进入校准', content: describeError(response.status, error), width: 560 });
    round.reload();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={r.name}
        extra={
          manages && (
            <Space>
              {r.status === RoundStatus.Created && (
                <Button type="primary" onClick={() => void open()}>
                  开启考核
                </Button>
              )}
              {r.status === RoundStatus.Collecting && (
                <Popconfirm title="结束评分并进入校准？" description="进入校准后不能再录入分数。" okText="确定" cancelText="取消" onConfirm={() => startCalibration()}>
                  <Button type="primary">结束评分，进入校准</Button>
                </Popconfirm>
              )}
            </Space>
          )
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="状态">
            <Tag color={ROUND_STATUS_COLORS[r.status]}>{ROUND_STATUS_LABELS[r.status]}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="历练批次">{r.batch.name}</Descriptions.Item>
          <Descriptions.Item label="类型">{r.typeLabel}</Descriptions.Item>
          <Descriptions.Item label="考核期间">
            {formatDate(r.periodStart)} 至 {formatDate(r.periodEnd)}
          </Descriptions.Item>
          <Descriptions.Item label="考评细则">{r.rubricVersion.name}</Descriptions.Item>
          <Descriptions.Item label="优秀名额">{r.quotaKind === 'PERCENT' ? `${r.quotaValue}%` : `${r.quotaValue} 人`}</Descriptions.Item>
        </Descriptions>
      </Card>
      {r.status === RoundStatus.Created ? (
        <Card>
          <Alert type="info" showIcon title="考核尚未开启" description="开启后，本批次每名在岗挂职干部各生成一份考核，即可录入分数。" />
        </Card>
      ) : (
        <Card>
          <Tabs
            items={[
              ...(hasPermission(user.role, Permission.ScoreEnter)
                ? [{ key: 'scores', label: '评分', children: <ScoreSheet roundId={id} editable={r.status === RoundStatus.Collecting} /> }]
                : []),
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
