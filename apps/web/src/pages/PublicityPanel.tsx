import { Alert, App, Descriptions, Form, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { formatDate, formatDateTime } from '../format';
import { FormModal } from './FormModal';

type Entry = components['schemas']['NoticeEntryDto'];
type Objection = components['schemas']['ObjectionResponse'];

const OBJECTION_STATUS: Record<Objection['status'], { label: string; color: string }> = {
  OPEN: { label: '待处理', color: 'gold' },
  UPHELD: { label: '异议成立', color: 'red' },
  DISMISSED: { label: '不予采纳', color: 'default' },
};

/**
 * 公示: the notice (the period of five working days and the Excellent by rank) and the
 * objections filed against it; org staff resolve each in writing (成立 sends the round
 * back to calibration).
 */
export function PublicityPanel({ roundId, resolvable, onResolved }: { roundId: string; resolvable: boolean; onResolved: () => void }) {
  const notice = useLoad(() => api.GET('/api/rounds/{id}/publicity', { params: { path: { id: roundId } } }), [roundId]);
  const objections = useLoad(() => api.GET('/api/rounds/{id}/objections', { params: { path: { id: roundId } } }), [roundId]);
  const [resolving, setResolving] = useState<Objection | null>(null);
  const names = new Map((notice.data?.excellent ?? []).map((e) => [e.assessmentId, e.name]));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {notice.error && <Alert type="error" showIcon title={notice.error} />}
      {notice.data && (
        <>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label="公示开始">{formatDateTime(notice.data.startsAt)}</Descriptions.Item>
            <Descriptions.Item label="公示截止">{formatDateTime(notice.data.endsAt)}（五个工作日）</Descriptions.Item>
          </Descriptions>
          <Table<Entry>
            rowKey="assessmentId"
            size="small"
            title={() => <Typography.Text strong>拟评为优秀等次人员（按排名）</Typography.Text>}
            dataSource={notice.data.excellent}
            pagination={false}
            locale={{ emptyText: '无' }}
            columns={[
              { title: '姓名', dataIndex: 'name', width: 100 },
              { title: '性别', dataIndex: 'gender', width: 70 },
              { title: '原单位及职务', render: (_, e) => `${e.homeUnit}${e.position}` },
              { title: '挂职单位及岗位', render: (_, e) => `${e.hostUnit}${e.post}` },
              { title: '类别', dataIndex: 'category', width: 130 },
            ]}
          />
        </>
      )}
      {objections.error && <Alert type="error" showIcon title={objections.error} />}
      <Table<Objection>
        rowKey="id"
        size="small"
        title={() => <Typography.Text strong>异议</Typography.Text>}
        dataSource={objections.data ?? []}
        pagination={false}
        locale={{ emptyText: '公示期间未收到异议' }}
        columns={[
          { title: '对象', width: 100, render: (_, o) => names.get(o.assessmentId) ?? '—' },
          { title: '异议内容', dataIndex: 'reason' },
          { title: '提出时间', width: 180, render: (_, o) => formatDate(o.createdAt) },
          { title: '处理', width: 220, render: (_, o) => <Space><Tag color={OBJECTION_STATUS[o.status].color}>{OBJECTION_STATUS[o.status].label}</Tag>{o.resolution}</Space> },
          ...(resolvable
            ? [{ title: '操作', width: 90, render: (_: unknown, o: Objection) => o.status === 'OPEN' && <a onClick={() => setResolving(o)}>处理</a> }]
            : []),
        ]}
      />
      {resolving && (
        <Resolve
          objection={resolving}
          onClose={(done) => {
            setResolving(null);
            if (done) {
              objections.reload();
              onResolved();
            }
          }}
        />
      )}
    </Space>
  );
}

function Resolve({ objection, onClose }: { objection: Objection; onClose: (done: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ outcome: 'UPHELD' | 'DISMISSED'; resolution: string }>();
  return (
    <FormModal
      title="处理异议"
      okText="提交"
      form={form}
      initialValues={{ outcome: 'DISMISSED' }}
      intro={<Typography.Paragraph>异议内容：{objection.reason}</Typography.Paragraph>}
      send={(values) => api.POST('/api/objections/{id}/resolve', { params: { path: { id: objection.id } }, body: { outcome: values.outcome, resolution: values.resolution.trim() } })}
      onDone={(resolved) => {
        message.success(resolved.status === 'UPHELD' ? '异议成立，本轮退回校准' : '已处理');
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="处理结果" name="outcome">
        <Radio.Group options={[{ value: 'DISMISSED', label: '不予采纳' }, { value: 'UPHELD', label: '异议成立（退回校准）' }]} />
      </Form.Item>
      <Form.Item label="核查情况及处理意见" name="resolution" rules={[{ required: true, whitespace: true, message: '请写明核查情况及处理意见' }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
