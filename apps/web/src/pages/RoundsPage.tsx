import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ROUND_STATUS_LABELS, ROUND_TYPE_LABELS, RoundStatus, RoundType } from '@app/domain/assessment/round-flow';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { formatDate } from '../format';
import { FormModal } from './FormModal';

type Round = components['schemas']['RoundResponse'];

export const ROUND_STATUS_COLORS: Record<RoundStatus, string> = {
  CREATED: 'default',
  COLLECTING: 'processing',
  CALIBRATION: 'warning',
  SUBMITTED: 'purple',
  APPROVED: 'cyan',
  PUBLICITY: 'orange',
  FINALIZED: 'success',
};

/** 考核轮次: every round; org staff create them. `awaitingApproval`: a leader's queue, the rounds submitted to them. */
export function RoundsPage({ awaitingApproval = false }: { awaitingApproval?: boolean }) {
  const user = useUser();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const rounds = useLoad(() => api.GET('/api/rounds'), []);

  return (
    <Card
      title={awaitingApproval ? '待审批的考核结果' : '考核轮次'}
      extra={
        !awaitingApproval &&
        hasPermission(user.role, Permission.RoundManage) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建考核
          </Button>
        )
      }
    >
      {rounds.error && <Alert type="error" showIcon title={rounds.error} style={{ marginBottom: 16 }} />}
      <Table<Round>
        rowKey="id"
        loading={rounds.loading}
        dataSource={(rounds.data ?? []).filter((round) => !awaitingApproval || round.status === RoundStatus.Submitted)}
        locale={{ emptyText: awaitingApproval ? '没有待审批的考核结果' : '暂无考核' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '考核名称', render: (_, round) => <Link to={`/rounds/${round.id}`}>{round.name}</Link> },
          { title: '历练批次', render: (_, round) => round.batch.name },
          { title: '类型', width: 110, render: (_, round) => round.typeLabel },
          { title: '考核期间', width: 260, render: (_, round) => `${formatDate(round.periodStart)} 至 ${formatDate(round.periodEnd)}` },
          { title: '优秀名额', width: 110, render: (_, round) => (round.quotaKind === 'PERCENT' ? `${round.quotaValue}%` : `${round.quotaValue} 人`) },
          { title: '状态', width: 100, render: (_, round) => <Tag color={ROUND_STATUS_COLORS[round.status]}>{ROUND_STATUS_LABELS[round.status]}</Tag> },
        ]}
      />
      {creating && (
        <CreateRound
          onClose={(created) => {
            setCreating(false);
            if (created) navigate(`/rounds/${created}`);
          }}
        />
      )}
    </Card>
  );
}

interface RoundForm {
  batchId: string;
  name: string;
  type: RoundType;
  period: [Dayjs, Dayjs];
  rubricVersionId: string;
  quotaKind: 'PERCENT' | 'COUNT';
  quotaValue: number;
  quotaApproval?: string;
}

function CreateRound({ onClose }: { onClose: (createdId?: string) => void }) {
  const [form] = Form.useForm<RoundForm>();
  const batches = useLoad(() => api.GET('/api/batches', { params: { query: { status: 'ACTIVE', pageSize: 100 } } }), []);
  const rubrics = useLoad(() => api.GET('/api/rubrics'), []);
  const quotaKind = Form.useWatch('quotaKind', form);

  const send = (values: RoundForm) =>
    api.POST('/api/rounds', {
      body: {
        batchId: values.batchId,
        name: values.name.trim(),
        type: values.type,
        periodStart: values.period[0].format('YYYY-MM-DD'),
        periodEnd: values.period[1].format('YYYY-MM-DD'),
        rubricVersionId: values.rubricVersionId,
        quotaKind: values.quotaKind,
        quotaValue: values.quotaValue,
        quotaApproval: values.quotaApproval?.trim() || undefined,
      },
    });

  return (
    <FormModal
      width={640}
      title="新建考核"
      okText="创建"
      form={form}
      initialValues={{ type: RoundType.Quarterly, quotaKind: 'PERCENT', quotaValue: 20 }}
      send={send}
      // The API names periodStart and periodEnd; the form has them in one field.
      renamedFields={{ periodStart: 'period', periodEnd: 'period' }}
      onDone={(created) => onClose(created.id)}
      onCancel={() => onClose()}
    >
      <Form.Item label="历练批次" name="batchId" rules={[{ required: true, message: '请选择批次' }]}>
        <Select loading={batches.loading} options={(batches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))} />
      </Form.Item>
      <Form.Item label="考核名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写考核名称' }]}>
        <Input placeholder="如：2023年第三季度挂职干部考核" maxLength={200} />
      </Form.Item>
      <Form.Item label="考核类型" name="type">
        <Radio.Group options={Object.values(RoundType).map((type) => ({ value: type, label: ROUND_TYPE_LABELS[type] }))} />
      </Form.Item>
      <Form.Item label="考核期间" name="period" rules={[{ required: true, message: '请选择考核期间' }]}>
        <DatePicker.RangePicker format="YYYY年M月D日" />
      </Form.Item>
      <Form.Item label="考评细则" name="rubricVersionId" rules={[{ required: true, message: '请选择考评细则版本' }]}>
        <Select loading={rubrics.loading} options={(rubrics.data ?? []).filter((r) => r.status === 'PUBLISHED').map((r) => ({ value: r.id, label: r.name }))} />
      </Form.Item>
      <Form.Item label="优秀名额">
        <Space.Compact>
          <Form.Item name="quotaKind" noStyle>
            <Select style={{ width: 140 }} options={[{ value: 'PERCENT', label: '按比例（%）' }, { value: 'COUNT', label: '按人数' }]} />
          </Form.Item>
          <Form.Item name="quotaValue" noStyle rules={[{ required: true, message: '请填写名额' }]}>
            <InputNumber min={0} max={quotaKind === 'PERCENT' ? 100 : 10000} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label="超比例审批（比例超过 20% 时必填：文号、审批人）" name="quotaApproval">
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
