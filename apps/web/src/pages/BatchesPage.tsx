import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Segmented, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { BATCH_STATUS, BatchStatus } from '@app/domain/registry/vocabulary';
import { api } from '../api/client';
import { downloadFile } from '../api/download';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { formatDate } from '../format';
import { SearchBox } from './filters';
import { FormModal } from './FormModal';

type Batch = components['schemas']['BatchResponse'];

/** 历练批次: each year's (or each special) secondment batch, its period and whether it is still running. */
export function BatchesPage() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<BatchStatus | 'ALL'>('ALL');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Batch | 'new' | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const batches = useLoad(
    () => api.GET('/api/batches', { params: { query: { status: status === 'ALL' ? undefined : status, q: q || undefined, page, pageSize: 20, sort: '-startDate' } } }),
    [status, q, page],
  );

  /** The batch's roster as the import template lays it out (花名册), every cadre with their secondment. */
  const exportRoster = async (batch: Batch) => {
    setExporting(batch.id);
    try {
      const problem = await downloadFile(`/api/batches/${encodeURIComponent(batch.id)}/roster.xlsx`, `${batch.name}干部花名册.xlsx`);
      if (problem) message.error(problem);
    } finally {
      setExporting(null);
    }
  };

  return (
    <Card
      title="历练批次"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新建批次
        </Button>
      }
    >
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', marginBottom: 16 }}>
        <Segmented<BatchStatus | 'ALL'>
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          options={[{ value: 'ALL', label: '全部' }, ...BATCH_STATUS.codes.map((value) => ({ value, label: BATCH_STATUS.label(value) }))]}
        />
        <SearchBox
          placeholder="批次名称"
          width={240}
          onSearch={(value) => {
            setQ(value);
            setPage(1);
          }}
        />
      </div>
      {batches.error && <Alert type="error" showIcon title={batches.error} style={{ marginBottom: 16 }} />}
      <Table<Batch>
        rowKey="id"
        loading={batches.loading}
        dataSource={batches.data?.items ?? []}
        locale={{ emptyText: q || status !== 'ALL' ? '没有符合条件的批次' : '暂无批次，点击“新建批次”开始' }}
        pagination={{ current: page, pageSize: 20, total: batches.data?.total ?? 0, showTotal: (total) => `共 ${total} 个`, onChange: setPage }}
        columns={[
          { title: '批次名称', dataIndex: 'name' },
          { title: '历练期间', width: 280, render: (_, batch) => `${formatDate(batch.startDate)} 至 ${formatDate(batch.endDate)}` },
          { title: '状态', width: 90, render: (_, batch) => <Tag color={batch.status === BatchStatus.Active ? 'green' : 'default'}>{batch.statusLabel}</Tag> },
          { title: '说明', render: (_, batch) => batch.description ?? '' },
          {
            title: '操作',
            width: 190,
            render: (_, batch) => (
              <Space>
                <Button size="small" onClick={() => setEditing(batch)}>
                  编辑
                </Button>
                <Button size="small" icon={<DownloadOutlined />} loading={exporting === batch.id} onClick={() => void exportRoster(batch)}>
                  导出花名册
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <EditBatch
          batch={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              message.success(`已保存 ${saved.name}`);
              batches.reload();
            }
          }}
        />
      )}
    </Card>
  );
}

interface BatchValues {
  name: string;
  period: [Dayjs, Dayjs];
  description?: string | null;
  status: BatchStatus;
}

function EditBatch({ batch, onClose }: { batch: Batch | null; onClose: (saved: Batch | null) => void }) {
  const [form] = Form.useForm<BatchValues>();
  const send = (values: BatchValues) => {
    const fields = { name: values.name.trim(), startDate: values.period[0].format('YYYY-MM-DD'), endDate: values.period[1].format('YYYY-MM-DD') };
    const description = values.description?.trim() || null;
    return batch
      ? api.PATCH('/api/batches/{id}', { params: { path: { id: batch.id } }, body: { ...fields, description, status: values.status, version: batch.version } })
      : api.POST('/api/batches', { body: { ...fields, description: description ?? undefined } });
  };
  return (
    <FormModal
      title={batch ? `编辑 ${batch.name}` : '新建批次'}
      form={form}
      initialValues={
        batch
          ? { name: batch.name, period: [dayjs(batch.startDate), dayjs(batch.endDate)], description: batch.description, status: batch.status }
          : { status: BatchStatus.Active }
      }
      send={send}
      // The API names the dates; the form has one range field for both.
      renamedFields={{ startDate: 'period', endDate: 'period' }}
      onDone={onClose}
      onCancel={() => onClose(null)}
    >
      <Form.Item label="批次名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写批次名称' }, { max: 100, message: '最多 100 字' }]}>
        <Input placeholder="如：2024年度挂职历练" />
      </Form.Item>
      <Form.Item label="历练期间" name="period" rules={[{ required: true, message: '请选择起止日期' }]}>
        <DatePicker.RangePicker format="YYYY年M月D日" />
      </Form.Item>
      {batch && (
        <Form.Item label="状态" name="status">
          <Select options={BATCH_STATUS.codes.map((value) => ({ value, label: BATCH_STATUS.label(value) }))} />
        </Form.Item>
      )}
      <Form.Item label="说明" name="description" rules={[{ max: 500, message: '最多 500 字' }]}>
        <Input.TextArea rows={3} placeholder="可选" />
      </Form.Item>
    </FormModal>
  );
}
