import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Result, Select, Space, Spin, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { downloadFile } from '../api/download';
import { describeError } from '../api/errors';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';

type Summary = components['schemas']['RosterImportSummaryDto'];
interface RowError {
  row: number;
  column: string;
  message: string;
}

type Outcome = { kind: 'imported'; summary: Summary } | { kind: 'refused'; errors: RowError[]; message: string } | { kind: 'failed'; message: string };

/**
 * 花名册导入: the template, then a roster uploaded into a batch. Every row or none: on any
 * error nothing is stored and each error is listed by row and column, with the workbook
 * marked where they are to download.
 */
export function RosterImportPage() {
  const { message } = App.useApp();
  const [batchId, setBatchId] = useState<string>();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const batches = useLoad(() => api.GET('/api/batches', { params: { query: { status: 'ACTIVE', pageSize: 100 } } }), []);

  const upload = () =>
    api.POST('/api/imports/roster', {
      params: { query: { batchId: batchId! } },
      body: { file: '' },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file!);
        return form;
      },
    });

  const submit = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { data, error, response } = await upload();
      if (data) setOutcome({ kind: 'imported', summary: data as Summary });
      else if (response.status === 422) {
        const body = error as { message?: string; details?: { errors?: RowError[] } };
        setOutcome({ kind: 'refused', errors: body.details?.errors ?? [], message: body.message ?? '花名册有错误，未导入任何数据' });
      } else setOutcome({ kind: 'failed', message: describeError(response.status, error) });
    } catch {
      setOutcome({ kind: 'failed', message: '无法连接服务器，请检查网络后重试' });
    } finally {
      setBusy(false);
    }
  };

  /** The same roster again, answered (with the same refusal, 422) as the workbook with each error marked. */
  const downloadMarked = async () => {
    const form = new FormData();
    form.append('file', file!);
    const problem = await downloadFile(`/api/imports/roster?batchId=${encodeURIComponent(batchId!)}&report=xlsx`, '花名册错误报告.xlsx', { method: 'POST', body: form });
    if (problem) message.error(problem);
  };

  const downloadTemplate = async () => {
    const problem = await downloadFile('/api/imports/roster/template.xlsx', '干部花名册导入模板.xlsx');
    if (problem) message.error(problem);
  };

  return (
    <Card title="花名册导入" extra={<Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>下载导入模板</Button>}>
      <Typography.Paragraph type="secondary">
        按模板填写干部信息及挂职安排，选择历练批次后上传。导入为整体操作：任何一行有误则全部不导入，并逐行列出错误，修改后重新上传即可。
      </Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item label="历练批次" required htmlFor="roster-batch">
          <Select
            id="roster-batch"
            placeholder="选择批次"
            loading={batches.loading}
            value={batchId}
            onChange={setBatchId}
            options={(batches.data?.items ?? []).map((batch) => ({ value: batch.id, label: batch.name }))}
            notFoundContent={batches.error ?? '暂无进行中的批次'}
          />
        </Form.Item>
        <Form.Item label="花名册文件（.xlsx，不超过 5 MB）" required>
          <Upload.Dragger
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(chosen) => {
              setFile(chosen);
              setOutcome(null);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'roster', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖拽花名册到此处</p>
          </Upload.Dragger>
        </Form.Item>
        <Button type="primary" disabled={!batchId || !file} loading={busy} onClick={() => void submit()}>
          开始导入
        </Button>
      </Form>
      <Spin spinning={busy} tip="正在校验并导入…">
        <div style={{ marginTop: 24 }}>
          {outcome?.kind === 'imported' && (
            <Result
              status="success"
              title={`导入成功：共 ${outcome.summary.rows} 行`}
              extra={
                <Descriptions column={1} size="small" bordered style={{ maxWidth: 420, margin: '0 auto' }}>
                  <Descriptions.Item label="新建干部">{outcome.summary.cadresCreated} 人</Descriptions.Item>
                  <Descriptions.Item label="已登记干部（新增挂职）">{outcome.summary.cadresReused} 人</Descriptions.Item>
                  <Descriptions.Item label="新建挂职安排">{outcome.summary.secondmentsCreated} 条</Descriptions.Item>
                </Descriptions>
              }
            />
          )}
          {outcome?.kind === 'refused' && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Alert type="error" showIcon title={outcome.message} description="请按下表逐行修改花名册后重新上传。" role="alert" />
              <Button icon={<DownloadOutlined />} onClick={() => void downloadMarked()}>
                下载标注错误的花名册
              </Button>
              <Table<RowError>
                data-testid="import-errors"
                rowKey={(error) => `${error.row}-${error.column}-${error.message}`}
                dataSource={outcome.errors}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 80 },
                  { title: '列', dataIndex: 'column', width: 160 },
                  { title: '错误说明', dataIndex: 'message' },
                ]}
              />
            </Space>
          )}
          {outcome?.kind === 'failed' && <Alert type="error" showIcon title={outcome.message} role="alert" />}
        </div>
      </Spin>
    </Card>
  );
}
