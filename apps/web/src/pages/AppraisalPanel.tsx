import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { downloadFile } from '../api/download';
import { describeError } from '../api/errors';
import type { components } from '../api/schema';
import { formatDate, formatDateTime } from '../format';
import { FormModal } from './FormModal';

type Appraisal = components['schemas']['AppraisalResponse'];
type Secondment = components['schemas']['SecondmentResponse'];
type Aspect = components['schemas']['AppraisalAspect'];

/**
 * 综合鉴定: one appraisal per completed secondment, composed from the data when the
 * secondment ended. Everyone who reads the dossier reads it and downloads its form
 * (综合鉴定表) to print; org staff (`manages`) rewrite a draft's sections, compose it again
 * from the data as it now stands, and file it, after which it no longer changes.
 */
export function AppraisalPanel({ cadreName, appraisals, secondments, manages, onChanged }: {
  cadreName: string;
  appraisals: readonly Appraisal[];
  secondments: readonly Secondment[];
  manages: boolean;
  onChanged: () => void;
}) {
  return (
    <Card title="综合鉴定">
      {appraisals.length === 0 ? (
        <Empty description="挂职期满后生成综合鉴定" />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {appraisals.map((a) => (
            <AppraisalView key={a.id} appraisal={a} cadreName={cadreName} secondment={secondments.find((s) => s.id === a.secondmentId)} manages={manages} onChanged={onChanged} />
          ))}
        </Space>
      )}
    </Card>
  );
}

function AppraisalView({ appraisal: a, cadreName, secondment, manages, onChanged }: {
  appraisal: Appraisal;
  cadreName: string;
  secondment: Secondment | undefined;
  manages: boolean;
  onChanged: () => void;
}) {
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const draft = a.status === 'DRAFT';
  const path = { params: { path: { id: a.secondmentId } } };

  const download = async () => {
    setDownloading(true);
    try {
      const problem = await downloadFile(`/api/secondments/${encodeURIComponent(a.secondmentId)}/appraisal.xlsx`, `综合鉴定表-${cadreName}.xlsx`);
      if (problem) message.error(problem);
    } finally {
      setDownloading(false);
    }
  };
  /** Composing again and filing send the version read; a refusal is explained in full, and what is stored is read again. */
  const step = async (call: () => Promise<{ data?: unknown; error?: unknown; response: Response }>, done: string, refused: string) => {
    const { data, error, response } = await call();
    if (data) message.success(done);
    else modal.error({ title: refused, content: describeError(response.status, error), width: 520 });
    onChanged();
  };
  const recompose = () => step(() => api.POST('/api/secondments/{id}/appraisal/compose', { ...path, body: { version: a.version } }), '已按最新数据重新生成', '未能重新生成');
  const file = () => step(() => api.POST('/api/secondments/{id}/appraisal/file', { ...path, body: { version: a.version } }), '已归档：综合鉴定不再更改', '未能归档');

  const dates = [
    `${formatDateTime(a.createdAt)} 生成`,
    ...(a.editedAt ? [`${formatDateTime(a.editedAt)} 修改`] : []),
    ...(a.filedAt ? [`${formatDateTime(a.filedAt)} 归档`] : []),
  ].join('，');

  return (
    <div data-testid="appraisal">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Space wrap>
          <Typography.Text strong>
            {secondment ? `${secondment.batch.name}：${secondment.hostUnit.name} ${secondment.post}（${formatDate(secondment.startDate)} 至 ${formatDate(secondment.endDate)}）` : '挂职历练'}
          </Typography.Text>
          <Tag color={draft ? 'gold' : 'green'}>{a.statusLabel}</Tag>
          <Typography.Text type="secondary">{dates}</Typography.Text>
        </Space>
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
            导出鉴定表
          </Button>
          {manages && draft && (
            <>
              <Button onClick={() => setEditing(true)}>修改</Button>
              <Popconfirm title="按最新数据重新生成？已修改的内容将被替换" okText="重新生成" cancelText="取消" onConfirm={() => recompose()}>
                <Button>重新生成</Button>
              </Popconfirm>
              <Popconfirm title="归档后综合鉴定不再更改，确认归档？" okText="归档" cancelText="取消" onConfirm={() => file()}>
                <Button type="primary">归档</Button>
              </Popconfirm>
            </>
          )}
        </Space>
      </Space>
      {a.sections.map((section) => (
        <Typography.Paragraph key={section.aspect} style={{ whiteSpace: 'pre-wrap' }}>
          <Typography.Text strong>{section.title}：</Typography.Text>
          {section.text}
        </Typography.Paragraph>
      ))}
      {editing && (
        <EditAppraisal
          appraisal={a}
          onClose={(saved) => {
            setEditing(false);
            if (saved) message.success('已保存综合鉴定');
            // Saved, or refused as changed meanwhile: what is stored is shown again.
            onChanged();
          }}
        />
      )}
    </div>
  );
}

interface Values {
  sections: { aspect: Aspect; text: string }[];
}

/** Rewrites a draft's sections: sent with the version read, each section in its place (so a refusal shows beside it); nothing changed, nothing sent. */
function EditAppraisal({ appraisal, onClose }: { appraisal: Appraisal; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<Values>();
  const send = async ({ sections }: Values) => {
    const texts = sections.map((s) => ({ aspect: s.aspect, text: s.text.trim() }));
    if (texts.every((s, i) => s.text === appraisal.sections[i].text)) return null;
    return api.PUT('/api/secondments/{id}/appraisal', { params: { path: { id: appraisal.secondmentId } }, body: { version: appraisal.version, sections: texts } });
  };
  return (
    <FormModal
      title="修改综合鉴定"
      width={760}
      form={form}
      initialValues={{ sections: appraisal.sections.map((s) => ({ aspect: s.aspect, text: s.text })) }}
      send={send}
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      {appraisal.sections.map((section, i) => (
        <Form.Item
          key={section.aspect}
          label={section.title}
          name={['sections', i, 'text']}
          rules={[
            { required: true, whitespace: true, message: `请填写${section.title}` },
            { max: 2000, message: '最多 2000 字' },
            // As the API: text that a spreadsheet would read as a formula is refused.
            { pattern: /^[^=+\-@\t\r\s]/, message: '不能以空格或 = + - @ 开头' },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      ))}
      {appraisal.sections.map((section, i) => (
        <Form.Item key={section.aspect} name={['sections', i, 'aspect']} hidden>
          <Input />
        </Form.Item>
      ))}
    </FormModal>
  );
}
