import { PaperClipOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Space, Table, Tag, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import { api } from '../api/client';
import { downloadFile } from '../api/download';
import { describeError } from '../api/errors';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { formatDate } from '../format';
import { FormModal } from './FormModal';
import { StatusFilter } from './StatusFilter';

type Entry = components['schemas']['PerformanceEntryResponse'];
type Evidence = components['schemas']['EvidenceResponse'];
type Status = Entry['status'];

const STATUS: Record<Entry['status'], { label: string; color: string }> = {
  SUBMITTED: { label: '待审核', color: 'gold' },
  REVIEWED: { label: '已审核', color: 'green' },
};

/** 2023Q2 → 2023年第二季度 */
function quarterLabel(quarter: string): string {
  const [year, q] = quarter.split('Q');
  return `${year}年第${['一', '二', '三', '四'][Number(q) - 1]}季度`;
}

/** A day's quarter as the API writes it (2023Q2). */
function quarterOf(day: Dayjs): string {
  return `${day.year()}Q${Math.floor(day.month() / 3) + 1}`;
}

/**
 * 业绩信息: a cadre reports an achievement of a quarter, with evidence (a PDF, a photo, a
 * document); org staff review each; leaders and the host unit read them. The API scopes
 * each to its own (a cadre's, a host unit's cadres').
 */
export function PerformancePage() {
  const user = useUser();
  const { message } = App.useApp();
  const writes = hasPermission(user.role, Permission.PerformanceWrite);
  const reviews = hasPermission(user.role, Permission.PerformanceReview);
  const [status, setStatus] = useState<Status | 'ALL'>(reviews ? 'SUBMITTED' : 'ALL');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [uploading, setUploading] = useState<string | null>(null);
  const entries = useLoad(
    () => api.GET('/api/performance-entries', { params: { query: { status: status === 'ALL' ? undefined : status, page, pageSize: 20 } } }),
    [status, page],
  );

  const [reviewing, setReviewing] = useState<string | null>(null);
  const review = async (entry: Entry) => {
    setReviewing(entry.id);
    try {
      const { data, error, response } = await api.POST('/api/performance-entries/{id}/review', { params: { path: { id: entry.id } }, body: { version: entry.version } });
      if (data) message.success(`已审核 ${entry.cadre.name} ${quarterLabel(entry.quarter)}的业绩`);
      else message.error(describeError(response.status, error));
    } finally {
      setReviewing(null);
      entries.reload();
    }
  };

  const attach = async (entry: Entry, file: File) => {
    setUploading(entry.id);
    try {
      const { data, error, response } = await api.POST('/api/performance-entries/{id}/evidence', {
        params: { path: { id: entry.id } },
        body: { file: '' },
        bodySerializer: () => {
          const form = new FormData();
          form.append('file', file);
          return form;
        },
      });
      if (data) message.success(`已上传 ${file.name}`);
      else message.error(describeError(response.status, error));
    } catch {
      message.error('无法连接服务器，请检查网络后重试');
    } finally {
      setUploading(null);
      entries.reload();
    }
  };

  const open = async (entry: Entry, evidence: Evidence) => {
    const problem = await downloadFile(`/api/performance-entries/${entry.id}/evidence/${evidence.id}`, evidence.filename);
    if (problem) message.error(problem);
  };

  return (
    <Card
      title={writes ? '我的业绩' : reviews ? '业绩审核' : '业绩信息'}
      extra={
        writes && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            填报业绩
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
      {entries.error && <Alert type="error" showIcon title={entries.error} style={{ marginBottom: 16 }} />}
      <Table<Entry>
        rowKey="id"
        loading={entries.loading}
        dataSource={entries.data?.items ?? []}
        locale={{ emptyText: writes ? '暂无业绩，点击“填报业绩”按季度填报' : status === 'SUBMITTED' ? '没有待审核的业绩' : '暂无业绩' }}
        pagination={{ current: page, pageSize: 20, total: entries.data?.total ?? 0, showTotal: (total) => `共 ${total} 条`, onChange: setPage }}
        columns={[
          { title: '季度', width: 140, render: (_, entry) => quarterLabel(entry.quarter) },
          ...(writes ? [] : [{ title: '干部', width: 110, render: (_: unknown, entry: Entry) => entry.cadre.name }]),
          { title: '业绩内容', dataIndex: 'description' },
          {
            title: '佐证材料',
            width: 260,
            render: (_, entry) => (
              <Space orientation="vertical" size={2}>
                {entry.evidence.map((evidence) => (
                  <Button key={evidence.id} type="link" size="small" icon={<PaperClipOutlined />} style={{ padding: 0 }} onClick={() => void open(entry, evidence)}>
                    {evidence.filename}
                  </Button>
                ))}
                {writes && entry.status === 'SUBMITTED' && (
                  <Upload
                    accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
                    showUploadList={false}
                    beforeUpload={(file) => {
                      void attach(entry, file);
                      return false;
                    }}
                  >
                    <Button size="small" icon={<UploadOutlined />} loading={uploading === entry.id}>
                      上传材料
                    </Button>
                  </Upload>
                )}
              </Space>
            ),
          },
          {
            title: '状态',
            width: 150,
            render: (_, entry) => (
              <Space orientation="vertical" size={0}>
                <Tag color={STATUS[entry.status].color}>{STATUS[entry.status].label}</Tag>
                {entry.reviewedAt && <span>{formatDate(entry.reviewedAt)}</span>}
              </Space>
            ),
          },
          ...(reviews
            ? [
                {
                  title: '操作',
                  width: 90,
                  render: (_: unknown, entry: Entry) =>
                    entry.status === 'SUBMITTED' && (
                      <Button size="small" type="primary" loading={reviewing === entry.id} disabled={reviewing !== null} onClick={() => void review(entry)}>
                        审核
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {adding && (
        <AddEntry
          onClose={(added) => {
            setAdding(false);
            if (added) {
              message.success('已提交，可在列表中上传佐证材料');
              entries.reload();
            }
          }}
        />
      )}
    </Card>
  );
}

interface EntryValues {
  quarter: Dayjs;
  description: string;
}

function AddEntry({ onClose }: { onClose: (added: boolean) => void }) {
  const [form] = Form.useForm<EntryValues>();
  return (
    <FormModal
      title="填报业绩"
      okText="提交"
      form={form}
      initialValues={{ quarter: dayjs() }}
      send={(values) => api.POST('/api/performance-entries', { body: { quarter: quarterOf(values.quarter), description: values.description.trim() } })}
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="季度" name="quarter" rules={[{ required: true, message: '请选择季度' }]}>
        <DatePicker picker="quarter" format={(day) => quarterLabel(quarterOf(day))} disabledDate={(day) => quarterOf(day) > quarterOf(dayjs())} />
      </Form.Item>
      <Form.Item label="业绩内容" name="description" rules={[{ required: true, whitespace: true, message: '请填写业绩内容' }, { max: 4000, message: '最多 4000 字' }]}>
        <Input.TextArea rows={5} showCount maxLength={4000} placeholder="如：牵头完成片区3个重点项目征迁，提前一个月交地" />
      </Form.Item>
    </FormModal>
  );
}
