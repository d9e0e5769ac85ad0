import { Alert, App, Button, Card, Form, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { formatDate } from '../format';
import { FormModal } from './FormModal';

type Rubric = components['schemas']['RubricSummaryResponse'];

export const RUBRIC_STATUS: Record<Rubric['status'], { label: string; color: string }> = {
  DRAFT: { label: '草稿', color: 'gold' },
  PUBLISHED: { label: '已发布', color: 'green' },
};

/**
 * 考评细则: the rubric's versions, newest first. A round freezes the version it was
 * created with, so a change is a new version: copied from one, edited as a draft, then
 * published (RubricPage.tsx).
 */
export function RubricsPage() {
  const user = useUser();
  const manages = hasPermission(user.role, Permission.RubricManage);
  const rubrics = useLoad(() => api.GET('/api/rubrics'), []);
  const [copying, setCopying] = useState<Rubric | null>(null);
  const navigate = useNavigate();
  const nameOf = (id: string | null) => rubrics.data?.find((r) => r.id === id)?.name ?? '—';

  return (
    <Card title="考评细则">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="考核轮次创建时锁定所用版本；调整细则请复制为新版本，修改草稿后发布，之后新建的轮次即可选用。"
      />
      {rubrics.error && <Alert type="error" showIcon title={rubrics.error} style={{ marginBottom: 16 }} />}
      <Table<Rubric>
        rowKey="id"
        loading={rubrics.loading}
        dataSource={rubrics.data ?? []}
        pagination={false}
        locale={{ emptyText: '暂无考评细则' }}
        columns={[
          { title: '名称', render: (_, r) => <Link to={`/rubrics/${r.id}`}>{r.name}</Link> },
          { title: '状态', width: 90, render: (_, r) => <Tag color={RUBRIC_STATUS[r.status].color}>{RUBRIC_STATUS[r.status].label}</Tag> },
          { title: '复制自', width: 260, render: (_, r) => (r.basedOnId ? nameOf(r.basedOnId) : '—') },
          { title: '发布日期', width: 150, render: (_, r) => formatDate(r.publishedAt) },
          ...(manages
            ? [
                {
                  title: '操作',
                  width: 120,
                  render: (_: unknown, r: Rubric) => (
                    <Button size="small" onClick={() => setCopying(r)}>
                      复制为新版本
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {copying && (
        <CopyRubric
          from={copying}
          onClose={(created) => {
            setCopying(null);
            if (created) navigate(`/rubrics/${created}`);
          }}
        />
      )}
    </Card>
  );
}

function CopyRubric({ from, onClose }: { from: Rubric; onClose: (createdId: string | null) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  return (
    <FormModal
      title={`复制为新版本（自“${from.name}”）`}
      okText="创建草稿"
      form={form}
      send={({ name }) => api.POST('/api/rubrics', { body: { name: name.trim(), basedOnId: from.id } })}
      onDone={(created) => {
        message.success(`已创建草稿：${created.name}`);
        onClose(created.id);
      }}
      onCancel={() => onClose(null)}
    >
      <Form.Item label="新版本名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }, { max: 100, message: '最多 100 字' }]}>
        <Input placeholder="如：四查四看考评细则（2024版）" />
      </Form.Item>
    </FormModal>
  );
}
