import { Alert, App, InputNumber, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';

type Row = components['schemas']['ScoreSheetRowResponse'];
type SubItem = Row['score']['subItems'][number];

/** Only the organization department's own sub-items are typed here; the rest are computed or come from others. */
const enteredHere = (sub: SubItem) => sub.sources.length === 1 && sub.sources[0] === 'ORG_STAFF';

const SOURCE_LABELS: Record<SubItem['sources'][number], string> = {
  ORG_STAFF: '组织部门评分',
  HOST_UNIT: '用人单位评价',
  BALLOTS: '民主评议计算',
  CERTIFICATES: '双出具计算',
  INTERVIEWS: '服务对象谈话计算',
  MUTUAL_EVALUATION: '集中互评计算',
};

/**
 * 评分表: cadres × the rubric's sub-items. The department's own cells are typed in (each
 * saved on leaving it); computed and host-unit cells are read-only. Every number explains
 * itself on hover; the total appears once every sub-item has a score.
 */
export function ScoreSheet({ roundId, editable }: { roundId: string; editable: boolean }) {
  const { message } = App.useApp();
  const sheet = useLoad(() => api.GET('/api/rounds/{id}/score-sheet', { params: { path: { id: roundId } } }), [roundId]);
  // Rows as saved since the sheet loaded, by assessment.
  const [saved, setSaved] = useState<Record<string, Row>>({});
  const rows = useMemo(() => (sheet.data ?? []).map((row) => saved[row.id] ?? row), [sheet.data, saved]);

  // One row's saves go one after another, each at the version the last one left, so
  // quick edits of two cells are not refused as each other's stale versions.
  const latest = useRef<Record<string, number>>({});
  const queues = useRef<Record<string, Promise<void>>>({});
  const save = (row: Row, sub: SubItem, points: number | null) => {
    if (points === null || points === sub.points) return;
    const saving = (queues.current[row.id] ?? Promise.resolve()).then(async () => {
      const version = latest.current[row.id] ?? row.version;
      const { data, error, response } = await api.PUT('/api/assessments/{id}/scores', {
        params: { path: { id: row.id } },
        body: { version, scores: [{ subItemCode: sub.code, points }] },
      });
      if (data?.score) {
        latest.current[row.id] = data.version;
        setSaved((current) => ({ ...current, [row.id]: { ...(current[row.id] ?? row), version: data.version, score: data.score! } }));
        return;
      }
      message.error(`${row.cadre.name} ${sub.code}：${describeError(response.status, error)}`);
      // A stale version: someone else saved meanwhile; show what is stored now.
      if (response.status === 409) {
        latest.current = {};
        setSaved({});
        sheet.reload();
      }
    });
    queues.current[row.id] = saving;
  };

  const codes = rows[0]?.score.subItems ?? [];
  const columns: ColumnsType<Row> = [
    { title: '姓名', fixed: 'left', width: 80, render: (_, row) => row.cadre.name },
    { title: '类别', fixed: 'left', width: 96, render: (_, row) => <Tag>{row.categoryLabel}</Tag> },
    ...codes.map((header) => ({
      key: header.code,
      width: 72,
      align: 'center' as const,
      title: (
        <Tooltip title={`${header.name}（满分 ${header.maxPoints}）`}>
          <span>{header.code}</span>
          <div style={{ fontWeight: 400, fontSize: 11, lineHeight: 1.3 }}>{header.name}</div>
        </Tooltip>
      ),
      render: (_: unknown, row: Row) => {
        const sub = row.score.subItems.find((s) => s.code === header.code);
        if (!sub) return '—';
        const hint = `${sub.name}（满分 ${sub.maxPoints}，${sub.sources.map((s) => SOURCE_LABELS[s]).join('、')}）：${sub.explanation}`;
        // A reopened result of a finalized round takes corrected scores until it is fixed again.
        if ((editable || row.reopenedAt !== null) && enteredHere(sub)) {
          return (
            <Tooltip title={hint}>
              <InputNumber
                aria-label={`${row.cadre.name} ${sub.code}`}
                size="small"
                min={0}
                max={sub.maxPoints}
                step={0.5}
                precision={2}
                controls={false}
                style={{ width: 60 }}
                defaultValue={sub.points ?? undefined}
                // Redrawn only when this cell's stored value changes, not when another cell of the row is saved.
                key={`${sub.code}-${sub.points}`}
                onBlur={(event) => {
                  const text = event.target.value.trim();
                  save(row, sub, text === '' ? null : Number(text));
                }}
                onPressEnter={(event) => (event.target as HTMLInputElement).blur()}
              />
            </Tooltip>
          );
        }
        return (
          <Tooltip title={hint}>
            <Typography.Text type={enteredHere(sub) ? undefined : 'secondary'} data-testid={`cell-${row.id}-${sub.code}`}>
              {sub.points ?? '—'}
            </Typography.Text>
          </Tooltip>
        );
      },
    })),
    {
      title: '总分',
      fixed: 'right',
      width: 90,
      align: 'center',
      render: (_, row) =>
        row.score.total !== null ? (
          <Typography.Text strong data-testid={`total-${row.cadre.name}`}>
            {row.score.total}
          </Typography.Text>
        ) : (
          <Tooltip title={`尚缺：${row.score.problems.map((p) => p.subItem).join('、')}`}>
            <Typography.Text type="secondary" data-testid={`total-${row.cadre.name}`}>
              待完成
            </Typography.Text>
          </Tooltip>
        ),
    },
  ];

  return (
    <>
      {sheet.error && <Alert type="error" showIcon title={sheet.error} style={{ marginBottom: 16 }} />}
      {!editable && (
        <Alert
          type="info"
          showIcon
          title={rows.some((row) => row.reopenedAt !== null) ? '本轮已结束评分；重新评定中的干部可修改分数，改后在“校准”中重新定等' : '本轮已结束评分，分数只读'}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<Row>
        rowKey="id"
        size="small"
        bordered
        loading={sheet.loading}
        dataSource={rows}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 人` }}
        locale={{ emptyText: '本轮没有考核对象' }}
      />
    </>
  );
}
