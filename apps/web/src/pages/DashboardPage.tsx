import { Alert, Card, Empty, Select, Space, Statistic } from 'antd';
import { useState } from 'react';
import { RoundStatus } from '@app/domain/assessment/round-flow';
import { GRADE_LABELS, Grade } from '@app/domain/scoring/calibration';
import { SECONDMENT_CATEGORY, SecondmentCategory } from '@app/domain/registry/vocabulary';
import { api } from '../api/client';
import { useLoad } from '../api/useLoad';
import { StackedBars } from '../charts';

const GRADE_COLORS: Record<Grade, string> = { EXCELLENT: '#cf1322', COMPETENT: '#1677ff', BASICALLY_COMPETENT: '#fa8c16', INCOMPETENT: '#8c8c8c' };
/** Rounds whose grades are calibrated: the board has them. */
const GRADED: readonly string[] = [RoundStatus.Calibration, RoundStatus.Submitted, RoundStatus.Approved, RoundStatus.Publicity, RoundStatus.Finalized];

/** 工作台: a round's grade distribution by category (the board's grades), for leaders and org staff. */
export function DashboardPage() {
  const rounds = useLoad(() => api.GET('/api/rounds'), []);
  const graded = (rounds.data ?? []).filter((r) => GRADED.includes(r.status));
  const [chosen, setChosen] = useState<string>();
  const roundId = chosen ?? graded[0]?.id;
  return (
    <Card
      title="等次分布"
      extra={
        <Select
          style={{ width: 320 }}
          placeholder="选择考核"
          loading={rounds.loading}
          value={roundId}
          onChange={setChosen}
          options={graded.map((r) => ({ value: r.id, label: r.name }))}
          aria-label="选择考核"
        />
      }
    >
      {rounds.error && <Alert type="error" showIcon title={rounds.error} style={{ marginBottom: 16 }} />}
      {roundId ? <Distribution roundId={roundId} /> : !rounds.loading && <Empty description="尚无已校准的考核" />}
    </Card>
  );
}

function Distribution({ roundId }: { roundId: string }) {
  const board = useLoad(() => api.GET('/api/rounds/{id}/calibration', { params: { path: { id: roundId } } }), [roundId]);
  if (board.error) return <Alert type="error" showIcon title={board.error} />;
  const rows = board.data?.rows ?? [];
  const categories = SECONDMENT_CATEGORY.codes.filter((c) => rows.some((r) => r.category === c));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space size="large" wrap>
        <Statistic title="考核人数" value={rows.length} suffix="人" />
        {Object.values(Grade).map((grade) => (
          <Statistic key={grade} title={GRADE_LABELS[grade]} value={rows.filter((r) => r.grade === grade).length} suffix="人" valueStyle={{ color: GRADE_COLORS[grade] }} />
        ))}
        <Statistic title="优秀名额" value={board.data?.quota ?? 0} suffix="名" />
      </Space>
      <StackedBars
        title="各历练类别的等次分布"
        groups={categories.map((c) => SECONDMENT_CATEGORY.label(c))}
        series={Object.values(Grade).map((grade) => ({ key: grade, label: GRADE_LABELS[grade], color: GRADE_COLORS[grade] }))}
        values={(group, grade) => rows.filter((r) => SECONDMENT_CATEGORY.label(r.category as SecondmentCategory) === group && r.grade === grade).length}
      />
    </Space>
  );
}
