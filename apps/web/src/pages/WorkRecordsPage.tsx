import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { formatDate } from '../format';
import { FormModal } from './FormModal';
import { StatusFilter } from './StatusFilter';

type WorkRecord = components['schemas']['WorkRecordResponse'];
type Status = WorkRecord['status'];

const STATUS: Record<Status, { label: string; color: string }> = {
  PENDING: { label: '待确认', color: 'gold' },
  CONFIRMED: { label: '已确认', color: 'green' },
  REJECTED: { label: '已退回', color: 'red' },
};

/**
 * 工作纪实: a cadre records days of work; the host unit confirms or rejects them (with a
 * reason); org staff and leaders read them. The API scopes each to its own.
 */
export function WorkRecordsPage() {
  const user = useUser();
  const { message } = App.useApp();
  const reviews = hasPermission(user.role, Permission.WorkRecordReview);
  const writes = hasPermission(user.role, Permission.WorkRecordWrite);
  const [status, setStatus] = useState<Status | 'ALL'>(reviews ? 'PENDING' : 'ALL');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [rejecting, setRejecting] = useState<WorkRecord | null>(null);
  const records = useLoad(
    () => api.GET('/api/work-records', { params: { query: { status: status === 'ALL' ? undefined : status, page, pageSize: 20 } } }),
    [status, page],
  );

  const confirm = async (record: WorkRecord) => {
    const { data, error, response } = await api.POST('/api/work-records/{id}/confirm', { params: { path: { id: record.id } }, body: { version: record.version } });
    if (data) message.success(`已确认 ${formatDate(record.date)} 的纪实`);
    else message.error(describeError(response.status, error));
    records.reload();
  };

  return (
    <Card
      title={writes ? '我的工作纪实' : '工作纪实'}
      extra={
        writes && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            填报纪实
          </Button>
        )
      }
    >
      <StatusFilter
        labels={STATUS}
        value={status}
        onChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
      />
      {records.error && <Alert type="error" showIcon title={records.error} style={{ marginBottom: 16 }} />}
      <Table<WorkRecord>
        rowKey="id"
        loading={records.loading}
        dataSource={records.data?.items ?? []}
        locale={{ emptyText: status === 'PENDING' ? '没有待确认的纪实' : '暂无工作纪实' }}
        pagination={{ current: page, pageSize: 20, total: records.data?.total ?? 0, showTotal: (total) => `共 ${total} 条`, onChange: setPage }}
        columns={[
          { title: '日期', width: 140, render: (_, record) => formatDate(record.date) },
          ...(writes ? [] : [{ title: '干部', width: 100, render: (_: unknown, record: WorkRecord) => record.cadre.name }]),
          { title: '工作内容', dataIndex: 'content' },
          {
            title: '状态',
            width: 200,
            render: (_, record) => (
              <Space orientation="vertical" size={0}>
                <Tag color={STATUS[record.status].color}>{STATUS[record.status].label}</Tag>
                {record.rejectReason && <span>退回理由：{record.rejectReason}</span>}
              </Space>
            ),
          },
          ...(reviews
            ? [
                {
                  title: '操作',
                  width: 160,
                  render: (_: unknown, record: WorkRecord) =>
                    record.status === 'PENDING' && (
                      <Space>
                        <Button size="small" type="primary" onClick={() => void confirm(record)}>
                          确认
                        </Button>
                        <Button size="small" danger onClick={() => setRejecting(record)}>
                          退回
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {adding && (
        <AddRecord
          onClose={(added) => {
            setAdding(false);
            if (added) records.reload();
          }}
        />
      )}
      {rejecting && (
        <RejectRecord
          record={rejecting}
          onClose={(rejected) => {
            setRejecting(null);
            if (rejected) records.reload();
          }}
        />
      )}
    </Card>
  );
}

function AddRecord({ onClose }: { onClose: (added: boolean) => void }) {
  const [form] = Form.useForm<{ date: Dayjs; content: string }>();
  return (
    <FormModal
      title="填报工作纪实"
      okText="提交"
      form={form}
      initialValues={{ date: dayjs() }}
      send={(values) => api.POST('/api/work-records', { body: { date: values.date.format('YYYY-MM-DD'), content: values.content.trim() } })}
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker format="YYYY年M月D日" disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item label="工作内容" name="content" rules={[{ required: true, whitespace: true, message: '请填写当天的工作内容' }, { max: 2000, message: '最多 2000 字' }]}>
        <Input.TextArea rows={5} showCount maxLength={2000} placeholder="如：走访辖区企业3家，协调解决用工问题" />
      </Form.Item>
    </FormModal>
  );
}

function RejectRecord({ record, onClose }: { record: WorkRecord; onClose: (rejected: boolean) => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal
      title={`退回 ${formatDate(record.date)} 的纪实`}
      okText="退回"
      okButtonProps={{ danger: true }}
      form={form}
      send={({ reason }) => api.POST('/api/work-records/{id}/reject', { params: { path: { id: record.id } }, body: { version: record.version, reason: reason.trim() } })}
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="退回理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写退回理由' }, { max: 500, message: '最多 500 字' }]}>
        <Input.TextArea rows={3} placeholder="如：当日未在岗" />
      </Form.Item>
    </FormModal>
  );
}
