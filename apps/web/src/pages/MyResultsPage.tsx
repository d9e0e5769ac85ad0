import { Alert, App, Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { GRADE_LABELS } from '@app/domain/scoring/calibration';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { formatDate, formatDateTime } from '../format';
import { FormModal } from './FormModal';

type Result = components['schemas']['MyResultResponse'];
const REVIEW_STATUS: Record<components['schemas']['ReviewStatus'], string> = { PENDING: '复核中', MAINTAINED: '维持原等次', CHANGED: '已改定' };

/** 我的考核结果: each finalized result, to acknowledge (签字确认) and, within the window, to ask for a review (复核). */
export function MyResultsPage() {
  const { message } = App.useApp();
  const results = useLoad(() => api.GET('/api/my/results'), []);
  const [acting, setActing] = useState<{ result: Result; kind: 'acknowledge' | 'review' } | null>(null);

  return (
    <Card title="我的考核结果">
      {results.error && <Alert type="error" showIcon title={results.error} style={{ marginBottom: 16 }} />}
      <List<Result>
        loading={results.loading}
        dataSource={results.data ?? []}
        locale={{ emptyText: '暂无办结的考核结果' }}
        renderItem={(r) => {
          const canReview = !dayjs().isAfter(dayjs(r.reviewDeadline), 'day') && !r.reviews.some((v) => v.status === 'PENDING');
          return (
            <List.Item
              actions={[
                r.acknowledgedAt ? (
                  <Tag key="ack" color="green">已于 {formatDateTime(r.acknowledgedAt)} 确认</Tag>
                ) : (
                  <Button key="ack" type="primary" onClick={() => setActing({ result: r, kind: 'acknowledge' })}>
                    签字确认
                  </Button>
                ),
                canReview && (
                  <Button key="review" onClick={() => setActing({ result: r, kind: 'review' })}>
                    申请复核
                  </Button>
                ),
              ].filter(Boolean)}
            >
              <List.Item.Meta
                title={r.round}
                description={
                  <Space orientation="vertical" size={2}>
                    <span>
                      总分 {r.total ?? '—'}，排名 {r.rank ?? '—'}，等次 {r.grade ? <Tag color={r.grade === 'EXCELLENT' ? 'red' : 'blue'}>{GRADE_LABELS[r.grade]}</Tag> : '不定等次'}
                    </span>
                    <Typography.Text type="secondary">复核申请截止：{formatDate(r.reviewDeadline)}</Typography.Text>
                    {r.reviews.map((v) => (
                      <Typography.Text key={v.id}>
                        复核：{v.reason} — <Tag>{REVIEW_STATUS[v.status]}</Tag>
                        {v.decisionReason ?? ''}
                      </Typography.Text>
                    ))}
                  </Space>
                }
              />
            </List.Item>
          );
        }}
      />
      {acting && (
        <Act
          {...acting}
          onClose={(done) => {
            setActing(null);
            if (done) {
              message.success(acting.kind === 'acknowledge' ? '已签字确认' : '复核申请已提交');
              results.reload();
            }
          }}
        />
      )}
    </Card>
  );
}

function Act({ result, kind, onClose }: { result: Result; kind: 'acknowledge' | 'review'; onClose: (done: boolean) => void }) {
  const [form] = Form.useForm<{ text?: string }>();
  const send = ({ text }: { text?: string }) => {
    const path = { params: { path: { id: result.assessmentId } } };
    return kind === 'acknowledge'
      ? api.POST('/api/assessments/{id}/acknowledgement', { ...path, body: { statement: text?.trim() || undefined } })
      : api.POST('/api/assessments/{id}/review-requests', { ...path, body: { reason: (text ?? '').trim() } });
  };
  return (
    <FormModal
      title={kind === 'acknowledge' ? `签字确认：${result.round}` : `申请复核：${result.round}`}
      okText="提交"
      form={form}
      send={send}
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
      // The statement and the reason are both the form's one text.
      renamedFields={{ statement: 'text', reason: 'text' }}
    >
      <Form.Item
        label={kind === 'acknowledge' ? '本人意见（可不填）' : '复核理由'}
        name="text"
        rules={kind === 'review' ? [{ required: true, whitespace: true, message: '请写明申请复核的理由' }] : []}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
