import { Alert, App, Button, Card, Descriptions, Input, Popconfirm, Space, Spin, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ROUND_STATUS_LABELS, RoundStatus } from '@app/domain/assessment/round-flow';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { formatDate } from '../format';
import { ROUND_STATUS_COLORS } from './RoundsPage';
import { BallotSessions } from './BallotSessions';
import { CalibrationBoard } from './CalibrationBoard';
import { CategoryFlowsPanel } from './CategoryFlowsPanel';
import { IncentivesPanel } from './IncentivesPanel';
import { PublicityPanel } from './PublicityPanel';
import { RoundProgress } from './RoundProgress';
import { RoundReports } from './RoundReports';
import { ScoreSheet } from './ScoreSheet';

/** The statuses from calibration on, when the board has something to show. */
const CALIBRATED: readonly string[] = [RoundStatus.Calibration, RoundStatus.Submitted, RoundStatus.Approved, RoundStatus.Publicity, RoundStatus.Finalized];

/** One round: its facts, the next step of its flow, and the scoring grid. */
export function RoundPage() {
  const { id } = useParams() as { id: string };
  const user = useUser();
  const { message, modal } = App.useApp();
  const round = useLoad(() => api.GET('/api/rounds/{id}', { params: { path: { id } } }), [id]);
  const manages = hasPermission(user.role, Permission.RoundManage);
  const approves = hasPermission(user.role, Permission.RoundApprove);
  const [comment, setComment] = useState('');
  const [opening, setOpening] = useState(false);

  if (round.error) return <Alert type="error" showIcon title={round.error} />;
  if (!round.data) return <Spin />;
  const r = round.data;

  const open = async () => {
    setOpening(true);
    try {
      const { data, error, response } = await api.POST('/api/rounds/{id}/open', { params: { path: { id } } });
      if (data) message.success(`已开启考核：共 ${data.total} 名干部`);
      else message.error(describeError(response.status, error));
    } catch {
      message.error('无法连接服务器，请检查网络后重试');
    } finally {
      setOpening(false);
      round.reload();
    }
  };
  /** A step of the round's flow; a refusal (409 names what is missing) is worth reading in full. */
  const step = async (call: () => Promise<{ data?: unknown; error?: unknown; response: Response }>, done: string, refused: string) => {
    const { data, error, response } = await call();
    if (data) message.success(done);
    else modal.error({ title: refused, content: describeError(response.status, error), width: 560 });
    round.reload();
  };
  const startCalibration = () => step(() => api.POST('/api/rounds/{id}/start-calibration', { params: { path: { id } } }), '评分已结束，进入校准', '尚不能进入校准');
  const startPublicity = () => step(() => api.POST('/api/rounds/{id}/start-publicity', { params: { path: { id } } }), '公示已开始，为期五个工作日', '未能开始公示');
  const finalize = () => step(() => api.POST('/api/rounds/{id}/finalize', { params: { path: { id } } }), '已办结：结果已锁定，并写入成长档案', '尚不能办结');
  const submit = () => step(() => api.POST('/api/rounds/{id}/submit', { params: { path: { id } } }), '已报送领导审批', '尚不能报送');
  const approve = () => step(() => api.POST('/api/rounds/{id}/approve', { params: { path: { id } }, body: { comment: comment.trim() || undefined } }), '已审批通过', '未能审批');
  const returnRound = () => step(() => api.POST('/api/rounds/{id}/return', { params: { path: { id } }, body: { comment: comment.trim() } }), '已退回重新校准', '未能退回');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={r.name}
        extra={
          manages && (
            <Space>
              {r.status === RoundStatus.Created && (
                <Button type="primary" loading={opening} onClick={() => void open()}>
                  开启考核
                </Button>
              )}
              {r.status === RoundStatus.Calibration && (
                <Popconfirm title="报送领导审批？" description="报送后校准结果不能再调整，除非领导退回。" okText="报送" cancelText="取消" onConfirm={() => submit()}>
                  <Button type="primary">报送审批</Button>
                </Popconfirm>
              )}
              {r.status === RoundStatus.Approved && (
                <Popconfirm title="开始公示？" description="公示期为五个工作日，期间可受理异议。" okText="开始" cancelText="取消" onConfirm={() => startPublicity()}>
                  <Button type="primary">开始公示</Button>
                </Popconfirm>
              )}
              {r.status === RoundStatus.Publicity && (
                <Popconfirm title="办结本轮考核？" description="办结后分数与等次锁定，写入成长档案，并生成激励和储备人才建议。" okText="办结" cancelText="取消" onConfirm={() => finalize()}>
                  <Button type="primary">办结</Button>
                </Popconfirm>
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
      {approves && r.status === RoundStatus.Submitted && (
        <Card title="审批">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.TextArea rows={2} placeholder="审批意见（退回时必填）" value={comment} onChange={(event) => setComment(event.target.value)} maxLength={2000} />
            <Space>
              <Popconfirm title="审批通过本轮考核结果？" okText="通过" cancelText="取消" onConfirm={() => approve()}>
                <Button type="primary">审批通过</Button>
              </Popconfirm>
              <Button danger disabled={!comment.trim()} onClick={() => void returnRound()}>
                退回重新校准
              </Button>
            </Space>
          </Space>
        </Card>
      )}
      {r.status === RoundStatus.Created ? (
        <Card>
          <Alert type="info" showIcon title="考核尚未开启" description="开启后，本批次每名在岗挂职干部各生成一份考核，即可录入分数。" />
        </Card>
      ) : (
        <Card>
          <Tabs
            // A new status may bring a new first tab (校准 once calibration starts): open it.
            key={r.status}
            // A tab shown again reads again: what another tab changed (a recommendation moves the board) shows.
            destroyOnHidden
            items={[
              ...(r.status === RoundStatus.Publicity || r.status === RoundStatus.Finalized
                ? [{ key: 'publicity', label: '公示', children: <PublicityPanel roundId={id} resolvable={manages && r.status === RoundStatus.Publicity} onResolved={round.reload} /> }]
                : []),
              ...(CALIBRATED.includes(r.status)
                ? [{ key: 'calibration', label: '校准', children: (
                        <CalibrationBoard
                          roundId={id}
                          editable={manages && r.status === RoundStatus.Calibration}
                          finalized={r.status === RoundStatus.Finalized}
                          reopens={hasPermission(user.role, Permission.AssessmentReopen)}
                          refinalizes={manages}
                        />
                      ) }]
                : []),
              ...(hasPermission(user.role, Permission.ScoreEnter)
                ? [{ key: 'scores', label: '评分', children: <ScoreSheet roundId={id} editable={r.status === RoundStatus.Collecting} /> }]
                : []),
              ...(hasPermission(user.role, Permission.BallotManage) && hasPermission(user.role, Permission.ScoreEnter)
                ? [{ key: 'ballots', label: '民主测评', children: <BallotSessions roundId={id} editable={r.status === RoundStatus.Collecting} /> }]
                : []),
              ...(hasPermission(user.role, Permission.RoundRead)
                ? [
                    {
                      key: 'category-flows',
                      label: '分类推进',
                      children: (
                        <CategoryFlowsPanel
                          roundId={id}
                          recommending={manages && (r.status === RoundStatus.Collecting || r.status === RoundStatus.Calibration)}
                          collecting={manages && hasPermission(user.role, Permission.MutualEvaluationManage) && r.status === RoundStatus.Collecting}
                        />
                      ),
                    },
                  ]
                : []),
              ...(r.status === RoundStatus.Finalized && hasPermission(user.role, Permission.IncentiveRead)
                ? [{ key: 'incentives', label: '激励落实', children: <IncentivesPanel roundId={id} decides={hasPermission(user.role, Permission.IncentiveManage)} /> }]
                : []),
              {
                key: 'progress',
                label: '进度',
                children: <RoundProgress roundId={id} collecting={r.status === RoundStatus.Collecting} recordsInterviews={hasPermission(user.role, Permission.InterviewRecord)} />,
              },
              { key: 'reports', label: '报表', children: <RoundReports roundId={id} role={user.role} finalized={r.status === RoundStatus.Finalized} /> },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
