import { Alert, App, Button, Descriptions, Empty, Form, Input, List, Select, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { GRADE_LABELS, Grade } from '@app/domain/scoring/calibration';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { formatDateTime } from '../format';
import { FormModal } from './FormModal';

type Row = components['schemas']['CalibrationRowResponse'];

/**
 * 重新评定 of a finalized round's result, in the board's row: a leader reopens it with the
 * reason (the result as it stood is kept as a prior version); org staff then correct its
 * scores in the grid and fix its result again (重新定等): the proposal, or a grade by hand
 * with the reason, within the quota. Both see the prior results.
 */
export function ReopenActions({ row, reopens, refinalizes, onChanged }: { row: Row; reopens: boolean; refinalizes: boolean; onChanged: () => void }) {
  const [acting, setActing] = useState<'reopen' | 'refinalize' | null>(null);
  return (
    <Space size={4} wrap>
      {row.reopenedAt && <Tag color="orange">重新评定中</Tag>}
      {reopens && !row.reopenedAt && (
        <Button size="small" onClick={() => setActing('reopen')}>
          重新评定
        </Button>
      )}
      {refinalizes && row.reopenedAt && (
        <Button size="small" type="primary" onClick={() => setActing('refinalize')}>
          重新定等
        </Button>
      )}
      {acting === 'reopen' && <Reopen row={row} onClose={(done) => { setActing(null); if (done) onChanged(); }} />}
      {acting === 'refinalize' && <Refinalize row={row} onClose={(done) => { setActing(null); if (done) onChanged(); }} />}
    </Space>
  );
}

/** The results the assessment had before each reopening, oldest first. */
function PriorResults({ assessmentId }: { assessmentId: string }) {
  const history = useLoad(() => api.GET('/api/assessments/{id}/history', { params: { path: { id: assessmentId } } }), [assessmentId]);
  if (history.error) return <Alert type="error" showIcon title={history.error} />;
  if (!history.data) return <Spin size="small" />;
  if (history.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="此前未重新评定过" />;
  return (
    <List
      size="small"
      header="历次结果"
      dataSource={history.data}
      renderItem={(h) => (
        <List.Item>
          第 {h.sequence} 版：{h.grade ? GRADE_LABELS[h.grade] : '不定等次'}，总分 {h.total ?? '—'}，排名 {h.rank ?? '—'}；{formatDateTime(h.reopenedAt)} 重新评定，理由：{h.reopenReason}
        </List.Item>
      )}
    />
  );
}

function Current({ row }: { row: Row }) {
  return (
    <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="总分">{row.total ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="排名">{row.rank ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="等次">{row.grade ? GRADE_LABELS[row.grade] : '不定等次'}</Descriptions.Item>
    </Descriptions>
  );
}

function Reopen({ row, onClose }: { row: Row; onClose: (done: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal
      title={`重新评定：${row.cadre.name}`}
      okText="发起重新评定"
      form={form}
      intro={
        <>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title="发起后，考核专班可修改该干部的分数并重新定等；现有结果作为历史版本留存。" />
          <Current row={row} />
        </>
      }
      send={({ reason }) => api.POST('/api/assessments/{id}/reopen', { params: { path: { id: row.assessmentId } }, body: { version: row.version, reason: reason.trim() } })}
      onDone={() => {
        message.success(`已对 ${row.cadre.name} 的考核结果发起重新评定，原结果已留存`);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="重新评定的理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明重新评定的理由' }, { max: 2000, message: '最多 2000 字' }]}>
        <Input.TextArea rows={3} placeholder="如：复核发现 2.1 目标任务完成情况核算有误" />
      </Form.Item>
      <PriorResults assessmentId={row.assessmentId} />
    </FormModal>
  );
}

interface RefinalizeValues {
  grade?: Grade;
  reason?: string;
}

function Refinalize({ row, onClose }: { row: Row; onClose: (done: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RefinalizeValues>();
  const grade = Form.useWatch('grade', form);
  return (
    <FormModal
      title={`重新定等：${row.cadre.name}`}
      okText="确定"
      form={form}
      intro={<Alert type="info" showIcon style={{ marginBottom: 12 }} title="按修改后的分数重新计算总分；等次默认按建议确定，优秀须在名额之内。" />}
      send={(values) =>
        api.POST('/api/assessments/{id}/refinalize', {
          params: { path: { id: row.assessmentId } },
          body: { version: row.version, ...(values.grade ? { grade: values.grade, reason: values.reason?.trim() } : {}) },
        })
      }
      onDone={() => {
        message.success(`已重新确定 ${row.cadre.name} 的等次，并写入成长档案`);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="等次（不选则按建议）" name="grade">
        <Select allowClear placeholder="按建议等次" options={Object.values(Grade).map((value) => ({ value, label: GRADE_LABELS[value] }))} />
      </Form.Item>
      {grade && (
        <Form.Item label="确定等次的理由" name="reason" rules={[{ required: true, whitespace: true, message: '手工确定等次须写明理由' }, { max: 2000, message: '最多 2000 字' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <PriorResults assessmentId={row.assessmentId} />
    </FormModal>
  );
}
