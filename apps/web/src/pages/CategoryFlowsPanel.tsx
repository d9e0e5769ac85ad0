import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { formatDateTime } from '../format';

type RecommendationGroup = components['schemas']['RecommendationGroupResponse'];
type Member = components['schemas']['RecommendationMemberDto'];
type MutualGroup = components['schemas']['MutualEvaluationGroupResponse'];

/**
 * 分类推进: the steps only some categories take, recorded by org staff. 比对推荐 for the
 * major-project groups (only a recommended cadre may be graded Excellent), while scores
 * are collected or during calibration; 集中互评 for the key-task groups (their ratings
 * make 3.1), opened and closed while scores are collected. `recommending` and `collecting`
 * say whether the actor may record each now; leaders read both, without the actions.
 */
export function CategoryFlowsPanel({ roundId, recommending, collecting }: { roundId: string; recommending: boolean; collecting: boolean }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Recommendations roundId={roundId} editable={recommending} />
      <MutualEvaluations roundId={roundId} editable={collecting} />
    </Space>
  );
}

/** Cadres the step applies to whose secondment names no group (`group`: 项目组 or 工作小组). */
function Ungrouped({ members, what, group }: { members: readonly { cadre: { name: string } }[]; what: string; group: string }) {
  if (members.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`${members.length} 名干部的挂职经历未填写${group}，不能参加${what}`}
      description={`${members.map((m) => m.cadre.name).join('、')}：请在干部名册中编辑其挂职经历，填写${group}。`}
    />
  );
}

function Recommendations({ roundId, editable }: { roundId: string; editable: boolean }) {
  const groups = useLoad(() => api.GET('/api/rounds/{id}/recommendations', { params: { path: { id: roundId } } }), [roundId]);
  return (
    <Card size="small" title="比对推荐（重大项目一线）">
      {groups.error && <Alert type="error" showIcon title={groups.error} />}
      {groups.data && <Ungrouped members={groups.data.ungrouped} what="比对推荐" group="项目组" />}
      {groups.data && groups.data.groups.length === 0 && <Empty description="本轮没有需要比对推荐的项目组" />}
      {groups.data?.groups.map((group) => <RecommendationEditor key={group.groupLabel} roundId={roundId} group={group} editable={editable} onSaved={groups.reload} />)}
    </Card>
  );
}

interface Ranked {
  member: Member;
  reason: string;
}

/** Orders what was recorded (or the members as listed), each with its reason. */
function rankedOf(group: RecommendationGroup): Ranked[] {
  const recorded = group.recorded?.ranking ?? [];
  const rank = (m: Member) => recorded.find((r) => r.assessmentId === m.assessmentId);
  return [...group.members]
    .sort((a, b) => (rank(a)?.rank ?? Infinity) - (rank(b)?.rank ?? Infinity))
    .map((member) => ({ member, reason: rank(member)?.reason ?? '' }));
}

/**
 * One project group compared side by side: its cadres put in order (best first), each
 * with a reason, and at most the group's share recommended for Excellent.
 */
function RecommendationEditor({ roundId, group, editable, onSaved }: { roundId: string; group: RecommendationGroup; editable: boolean; onSaved: () => void }) {
  const { message } = App.useApp();
  const [ranked, setRanked] = useState<Ranked[]>(() => rankedOf(group));
  const [recommended, setRecommended] = useState<string[]>(group.recorded?.recommended ?? []);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A new recording read (after this editor's save) is what the editor shows; a list read again for
  // another group's sake, or after a refusal, leaves what is being typed here as it is.
  const recordedVersion = group.recorded ? `${group.recorded.id}@${group.recorded.version}` : null;
  useEffect(() => {
    setRanked(rankedOf(group));
    setRecommended(group.recorded?.recommended ?? []);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recordedVersion]);

  const move = (index: number, by: number) =>
    setRanked((rows) => {
      const next = [...rows];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const missingReasons = ranked.filter((r) => !r.reason.trim()).length;
  const save = async () => {
    setBusy(true);
    try {
      const { data, error, response } = await api.PUT('/api/rounds/{id}/recommendations', {
        params: { path: { id: roundId } },
        body: { groupLabel: group.groupLabel, ranking: ranked.map((r) => ({ assessmentId: r.member.assessmentId, reason: r.reason.trim() })), recommended },
      });
      if (!data) return setProblem(describeError(response.status, error));
      setProblem(null);
      message.success(`已保存“${group.groupLabel}”的比对推荐`);
      onSaved();
    } catch {
      setProblem('无法连接服务器，请检查网络后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="recommendation-group" style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>{group.groupLabel}</Typography.Text>
        <Tag>{group.members.length} 人</Tag>
        <Tag color="red">可推荐优秀 {group.share} 人</Tag>
        {group.recorded ? <Tag color="green">已推荐（{formatDateTime(group.recorded.recordedAt)}）</Tag> : <Tag color="gold">尚未推荐</Tag>}
      </Space>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
      <Table<Ranked>
        rowKey={(r) => r.member.assessmentId}
        size="small"
        pagination={false}
        dataSource={ranked}
        columns={[
          { title: '名次', width: 60, render: (_, __, index) => index + 1 },
          { title: '姓名', width: 110, render: (_, r) => r.member.cadre.name },
          { title: '用人单位及岗位', width: 240, render: (_, r) => `${r.member.hostUnit.name} ${r.member.post}` },
          {
            title: '比对理由',
            render: (_, r, index) =>
              editable ? (
                <Input
                  aria-label={`${r.member.cadre.name}的比对理由`}
                  value={r.reason}
                  maxLength={500}
                  placeholder="如：牵头征迁地块最多，推进最快"
                  status={r.reason.trim() ? undefined : 'warning'}
                  onChange={(event) => setRanked((rows) => rows.map((row, i) => (i === index ? { ...row, reason: event.target.value } : row)))}
                />
              ) : (
                r.reason
              ),
          },
          {
            title: '推荐为优秀',
            width: 100,
            align: 'center',
            render: (_, r) => (
              <Checkbox
                aria-label={`推荐${r.member.cadre.name}为优秀`}
                disabled={!editable || (!recommended.includes(r.member.assessmentId) && recommended.length >= group.share)}
                checked={recommended.includes(r.member.assessmentId)}
                onChange={(event) => setRecommended((ids) => (event.target.checked ? [...ids, r.member.assessmentId] : ids.filter((id) => id !== r.member.assessmentId)))}
              />
            ),
          },
          ...(editable
            ? [
                {
                  title: '调整名次',
                  width: 100,
                  render: (_: unknown, r: Ranked, index: number) => (
                    <Space size={4}>
                      <Button size="small" aria-label={`${r.member.cadre.name}上移`} icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, -1)} />
                      <Button size="small" aria-label={`${r.member.cadre.name}下移`} icon={<ArrowDownOutlined />} disabled={index === ranked.length - 1} onClick={() => move(index, 1)} />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && (
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" loading={busy} disabled={missingReasons > 0} onClick={() => void save()}>
            保存比对推荐
          </Button>
          {missingReasons > 0 && <Typography.Text type="warning">还有 {missingReasons} 名干部未填写比对理由</Typography.Text>}
        </Space>
      )}
    </div>
  );
}

function MutualEvaluations({ roundId, editable }: { roundId: string; editable: boolean }) {
  const { message, modal } = App.useApp();
  const groups = useLoad(() => api.GET('/api/rounds/{id}/mutual-evaluations', { params: { path: { id: roundId } } }), [roundId]);
  const [opening, setOpening] = useState<string | null>(null);
  /** Opening and closing: a refusal is explained in full, and the groups are read again. */
  const step = async (call: () => Promise<{ error?: unknown; response: Response }>, done: string, refused: string) => {
    const { error, response } = await call();
    if (response.ok) message.success(done);
    else modal.error({ title: refused, content: describeError(response.status, error), width: 520 });
    groups.reload();
  };
  const open = async (group: MutualGroup) => {
    setOpening(group.groupLabel);
    try {
      await step(() => api.POST('/api/mutual-evaluations', { body: { roundId, groupLabel: group.groupLabel } }), `“${group.groupLabel}”的集中互评已开启，组内干部可登录评价`, '未能开启集中互评');
    } finally {
      setOpening(null);
    }
  };
  const close = (group: MutualGroup) =>
    step(() => api.POST('/api/mutual-evaluations/{id}/close', { params: { path: { id: group.evaluation!.id } } }), `“${group.groupLabel}”的集中互评已结束，评价结果计入 3.1`, '未能结束集中互评');

  return (
    <Card size="small" title="集中互评（重点工作一线）">
      {groups.error && <Alert type="error" showIcon title={groups.error} />}
      {groups.data && <Ungrouped members={groups.data.ungrouped} what="集中互评" group="工作小组" />}
      <Table<MutualGroup>
        rowKey="groupLabel"
        size="small"
        pagination={false}
        loading={groups.loading}
        dataSource={groups.data?.groups ?? []}
        locale={{ emptyText: '本轮没有需要集中互评的小组' }}
        columns={[
          { title: '小组', width: 160, dataIndex: 'groupLabel' },
          { title: '组内干部', render: (_, g) => g.members.map((m) => m.cadre.name).join('、') },
          {
            title: '进度',
            width: 220,
            render: (_, g) =>
              g.evaluation ? (
                <Space size={4} wrap>
                  <Tag color={g.evaluation.status === 'OPEN' ? 'processing' : 'green'}>{g.evaluation.status === 'OPEN' ? '评价中' : '已结束'}</Tag>
                  {`已评 ${g.evaluation.ratings}/${g.evaluation.expectedRatings} 人次，${g.evaluation.raters} 人参与`}
                </Space>
              ) : (
                <Tag>未开启</Tag>
              ),
          },
          ...(editable
            ? [
                {
                  title: '操作',
                  width: 110,
                  render: (_: unknown, g: MutualGroup) =>
                    !g.evaluation ? (
                      <Button size="small" type="primary" loading={opening === g.groupLabel} onClick={() => void open(g)}>
                        开启互评
                      </Button>
                    ) : g.evaluation.status === 'OPEN' ? (
                      <Popconfirm title="结束本组集中互评？" description="结束后不能再评价，评价结果计入 3.1。" okText="结束" cancelText="取消" onConfirm={() => close(g)}>
                        <Button size="small">结束互评</Button>
                      </Popconfirm>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
