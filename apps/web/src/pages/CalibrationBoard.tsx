import { Alert, App, Button, Checkbox, Form, Input, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { GRADE_LABELS, Grade } from '@app/domain/scoring/calibration';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { FormModal } from './FormModal';
import { ReopenActions } from './Reopening';

type Row = components['schemas']['CalibrationRowResponse'];

const GRADE_COLORS: Record<Grade, string> = { EXCELLENT: 'red', COMPETENT: 'blue', BASICALLY_COMPETENT: 'orange', INCOMPETENT: 'default' };
const STATUS_LABELS: Record<Row['status'], string> = { GRADED: '已定等', NOT_GRADED: '不定等次', INCOMPLETE: '未评完', TIE_AT_QUOTA: '名额线并列' };

/**
 * 校准: the round ranked by total, the Excellent quota line drawn under the last place
 * it allows, ties at the line and each proposal's reasons shown; during calibration org
 * staff override a grade, veto, or set 不定等次, each with its reason. Once finalized, a
 * result may be reopened and fixed again (Reopening.tsx).
 */
export function CalibrationBoard({ roundId, editable, finalized = false, reopens = false, refinalizes = false }: {
  roundId: string;
  editable: boolean;
  /** A finalized round: a leader may reopen a result (`reopens`), org staff fix a reopened one again (`refinalizes`). */
  finalized?: boolean;
  reopens?: boolean;
  refinalizes?: boolean;
}) {
  const board = useLoad(() => api.GET('/api/rounds/{id}/calibration', { params: { path: { id: roundId } } }), [roundId]);
  const [deciding, setDeciding] = useState<Row | null>(null);
  if (board.error) return <Alert type="error" showIcon title={board.error} />;
  const data = board.data;
  const rows = [...(data?.rows ?? [])].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  // The line sits under the last row whose rank the quota still covers.
  const lineAfter = data ? rows.filter((r) => r.rank !== null && r.rank <= data.quota).at(-1)?.assessmentId : undefined;
  const tied = new Set(data?.tie?.assessmentIds ?? []);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {data && (
        <Space size="large">
          <Statistic title="优秀名额" value={data.quota} suffix="名" />
          <Statistic title="已定优秀" value={data.excellent} suffix="名" valueStyle={{ color: data.excellent > data.quota ? '#cf1322' : undefined }} />
          <Statistic title="考核人数" value={data.rows.length} suffix="人" />
        </Space>
      )}
      {data?.tie && <Alert type="warning" showIcon title={`名额线上有 ${data.tie.assessmentIds.length} 人总分并列，剩余 ${data.tie.places} 个优秀名额，请逐一确定等次`} />}
      <Table<Row>
        rowKey="assessmentId"
        size="middle"
        loading={board.loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '本轮没有考核对象' }}
        onRow={(row) => (row.assessmentId === lineAfter ? ({ 'data-testid': 'quota-line' } as never) : {})}
        rowClassName={(row) => (row.assessmentId === lineAfter ? 'quota-line-row' : '')}
        columns={[
          { title: '排名', width: 70, render: (_, row) => row.rank ?? '—' },
          { title: '姓名', width: 100, render: (_, row) => row.cadre.name },
          { title: '总分', width: 90, render: (_, row) => (row.total !== null ? <Typography.Text strong>{row.total}</Typography.Text> : '—') },
          {
            title: '建议等次',
            width: 100,
            render: (_, row) => (row.proposedGrade ? GRADE_LABELS[row.proposedGrade] : <Tag>{STATUS_LABELS[row.status]}</Tag>),
          },
          {
            title: '确定等次',
            width: 140,
            render: (_, row) => (
              <Space size={4}>
                {row.grade ? <Tag color={GRADE_COLORS[row.grade]}>{GRADE_LABELS[row.grade]}</Tag> : <Tag>{row.notGradedReason ? '不定等次' : '待定'}</Tag>}
                {row.override && <Tag color="purple">调整</Tag>}
                {row.veto && <Tag color="volcano">一票否决</Tag>}
                {tied.has(row.assessmentId) && <Tag color="gold">并列</Tag>}
              </Space>
            ),
          },
          {
            title: '说明',
            render: (_, row) => (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {[...row.reasons, row.override ? `调整理由：${row.override.reason}` : '', row.vetoReason ? `否决理由：${row.vetoReason}` : '', row.notGradedReason ? `不定等次：${row.notGradedReason}` : '']
                  .filter(Boolean)
                  .join('；')}
              </Typography.Text>
            ),
          },
          ...(finalized && (reopens || refinalizes || rows.some((r) => r.reopenedAt))
            ? [{ title: '重新评定', width: 170, render: (_: unknown, row: Row) => <ReopenActions row={row} reopens={reopens} refinalizes={refinalizes} onChanged={board.reload} /> }]
            : []),
          ...(editable
            ? [{ title: '操作', width: 90, render: (_: unknown, row: Row) => <Button size="small" onClick={() => setDeciding(row)}>调整</Button> }]
            : []),
        ]}
      />
      {data && rows.length > 0 && <Typography.Text type="secondary">红线以上为优秀名额所及（{data.quota} 名）。</Typography.Text>}
      {deciding && (
        <Decide
          row={deciding}
          onClose={(changed) => {
            setDeciding(null);
            if (changed) board.reload();
          }}
        />
      )}
    </Space>
  );
}

interface DecisionForm {
  gradeOverride?: Grade | null;
  overrideReason?: string;
  veto: boolean;
  vetoReason?: string;
  notGradedReason?: string;
}

function Decide({ row, onClose }: { row: Row; onClose: (changed: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionForm>();
  const veto = Form.useWatch('veto', form);
  const override = Form.useWatch('gradeOverride', form);
  const send = (values: DecisionForm) =>
    api.PUT('/api/assessments/{id}/calibration', {
      params: { path: { id: row.assessmentId } },
      body: {
        version: row.version,
        gradeOverride: values.gradeOverride ?? null,
        ...(values.gradeOverride ? { overrideReason: values.overrideReason?.trim() } : {}),
        veto: values.veto,
        vetoReason: values.veto ? (values.vetoReason?.trim() ?? null) : null,
        notGradedReason: values.notGradedReason?.trim() || null,
      },
    });
  return (
    <FormModal
      title={`调整等次：${row.cadre.name}`}
      form={form}
      initialValues={{ gradeOverride: row.override?.grade ?? null, overrideReason: row.override?.reason, veto: row.veto, vetoReason: row.vetoReason ?? undefined, notGradedReason: row.notGradedReason ?? undefined }}
      send={send}
      onDone={() => {
        message.success(`已调整 ${row.cadre.name} 的等次`);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="确定等次（不调整则按建议）" name="gradeOverride">
        <Select allowClear placeholder="按建议等次" options={Object.values(Grade).map((grade) => ({ value: grade, label: GRADE_LABELS[grade] }))} />
      </Form.Item>
      {override && (
        <Form.Item label="调整理由" name="overrideReason" rules={[{ required: true, whitespace: true, message: '调整等次须写明理由' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <Form.Item name="veto" valuePropName="checked">
        <Checkbox>一票否决（受到处分等）</Checkbox>
      </Form.Item>
      {veto && (
        <Form.Item label="否决理由" name="vetoReason" rules={[{ required: true, whitespace: true, message: '请写明否决理由' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <Form.Item label="不定等次的理由（如病假超过半年；留空则定等次）" name="notGradedReason">
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
