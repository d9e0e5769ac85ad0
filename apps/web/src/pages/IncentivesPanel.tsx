import { Alert, App, Button, Form, Input, Popconfirm, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { INCENTIVE_STATUS_LABELS, IncentiveStatus } from '@app/domain/dossier/incentives';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { formatDate } from '../format';
import { FormModal } from './FormModal';

type Incentive = components['schemas']['IncentiveResponse'];

const COLORS: Record<IncentiveStatus, string> = { [IncentiveStatus.Proposed]: 'gold', [IncentiveStatus.Confirmed]: 'green', [IncentiveStatus.Rejected]: 'default' };

/**
 * 激励落实: the incentives a finalized round proposed for its Excellent, by rank. Org
 * staff (`decides`) confirm each (as proposed or amended) or reject it, with a note, and
 * flag a confirmed one's cadre as an exemplar (示范标杆) with the citation; leaders read.
 */
export function IncentivesPanel({ roundId, decides }: { roundId: string; decides: boolean }) {
  const { message } = App.useApp();
  const incentives = useLoad(() => api.GET('/api/rounds/{id}/incentives', { params: { path: { id: roundId } } }), [roundId]);
  const [deciding, setDeciding] = useState<Incentive | null>(null);
  const [citing, setCiting] = useState<Incentive | null>(null);
  const [unflagging, setUnflagging] = useState<string | null>(null);

  const unflag = async (incentive: Incentive) => {
    setUnflagging(incentive.id);
    const { data, error, response } = await api.PUT('/api/incentives/{id}/exemplar', { params: { path: { id: incentive.id } }, body: { version: incentive.version, exemplar: false } });
    setUnflagging(null);
    if (data) message.success(`已取消 ${incentive.cadreName} 的示范标杆`);
    else message.error(describeError(response.status, error));
    incentives.reload();
  };

  return (
    <>
      {incentives.error && <Alert type="error" showIcon title={incentives.error} style={{ marginBottom: 16 }} />}
      <Table<Incentive>
        rowKey="id"
        size="small"
        loading={incentives.loading}
        dataSource={incentives.data ?? []}
        pagination={false}
        locale={{ emptyText: '本轮没有拟激励人员' }}
        columns={[
          { title: '排名', width: 60, render: (_, i) => i.rank ?? '—' },
          { title: '姓名', width: 100, dataIndex: 'cadreName' },
          { title: '用人单位', width: 160, dataIndex: 'hostUnit' },
          { title: '总分', width: 70, render: (_, i) => i.total ?? '—' },
          {
            title: '激励措施',
            render: (_, i) => (
              <Space orientation="vertical" size={0}>
                <span>{i.measure ?? i.proposedMeasure}</span>
                {i.measure !== null && i.measure !== i.proposedMeasure && <span style={{ color: '#8c8c8c' }}>原拟：{i.proposedMeasure}</span>}
                {i.note && <span style={{ color: '#8c8c8c' }}>说明：{i.note}</span>}
              </Space>
            ),
          },
          {
            title: '状态',
            width: 150,
            render: (_, i) => (
              <Space size={4} wrap>
                <Tag color={COLORS[i.status]}>{INCENTIVE_STATUS_LABELS[i.status]}</Tag>
                {i.exemplar && <Tag color="red">示范标杆</Tag>}
                {i.decidedAt && <span style={{ color: '#8c8c8c' }}>{formatDate(i.decidedAt)}</span>}
              </Space>
            ),
          },
          { title: '标杆事迹', render: (_, i) => i.exemplarCitation ?? '' },
          ...(decides
            ? [
                {
                  title: '操作',
                  width: 120,
                  render: (_: unknown, i: Incentive) =>
                    i.status === 'PROPOSED' ? (
                      <Button size="small" type="primary" onClick={() => setDeciding(i)}>
                        落实
                      </Button>
                    ) : i.status === 'CONFIRMED' && !i.exemplar ? (
                      <Button size="small" onClick={() => setCiting(i)}>
                        树为标杆
                      </Button>
                    ) : i.exemplar ? (
                      <Popconfirm title={`取消 ${i.cadreName} 的示范标杆？`} okText="取消标杆" cancelText="保留" onConfirm={() => unflag(i)}>
                        <Button size="small" loading={unflagging === i.id}>
                          取消标杆
                        </Button>
                      </Popconfirm>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {deciding && (
        <Decide
          incentive={deciding}
          onClose={(decided) => {
            setDeciding(null);
            if (decided) message.success(`已决定 ${deciding.cadreName} 的激励措施`);
            incentives.reload();
          }}
        />
      )}
      {citing && (
        <Cite
          incentive={citing}
          onClose={(flagged) => {
            setCiting(null);
            if (flagged) message.success(`已将 ${citing.cadreName} 树为示范标杆`);
            incentives.reload();
          }}
        />
      )}
    </>
  );
}

interface DecideValues {
  outcome: 'CONFIRMED' | 'REJECTED';
  measure: string;
  note: string;
}

function Decide({ incentive, onClose }: { incentive: Incentive; onClose: (decided: boolean) => void }) {
  const [form] = Form.useForm<DecideValues>();
  const outcome = Form.useWatch('outcome', form);
  const send = (values: DecideValues) => {
    const measure = values.measure?.trim();
    return api.POST('/api/incentives/{id}/decide', {
      params: { path: { id: incentive.id } },
      body: {
        version: incentive.version,
        outcome: values.outcome,
        note: values.note.trim(),
        // Sent only when amended: as proposed otherwise.
        ...(values.outcome === 'CONFIRMED' && measure && measure !== incentive.proposedMeasure ? { measure } : {}),
      },
    });
  };
  return (
    <FormModal
      title={`${incentive.cadreName}：激励措施落实`}
      okText="提交"
      form={form}
      initialValues={{ outcome: 'CONFIRMED', measure: incentive.proposedMeasure }}
      send={send}
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="决定" name="outcome">
        <Radio.Group
          options={[
            { value: 'CONFIRMED', label: '落实' },
            { value: 'REJECTED', label: '不予采纳' },
          ]}
        />
      </Form.Item>
      {outcome !== 'REJECTED' && (
        <Form.Item label="激励措施（可调整）" name="measure" rules={[{ required: true, whitespace: true, message: '请填写激励措施' }, { max: 1000, message: '最多 1000 字' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      <Form.Item label="说明" name="note" rules={[{ required: true, whitespace: true, message: '请填写说明' }, { max: 1000, message: '最多 1000 字' }]}>
        <Input.TextArea rows={2} placeholder={outcome === 'REJECTED' ? '如：已在其他渠道落实' : '如：经部务会研究同意'} />
      </Form.Item>
    </FormModal>
  );
}

function Cite({ incentive, onClose }: { incentive: Incentive; onClose: (flagged: boolean) => void }) {
  const [form] = Form.useForm<{ citation: string }>();
  return (
    <FormModal
      title={`${incentive.cadreName}：树为示范标杆`}
      okText="提交"
      form={form}
      send={({ citation }) => api.PUT('/api/incentives/{id}/exemplar', { params: { path: { id: incentive.id } }, body: { version: incentive.version, exemplar: true, citation: citation.trim() } })}
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="先进事迹" name="citation" rules={[{ required: true, whitespace: true, message: '请填写先进事迹' }, { max: 1000, message: '最多 1000 字' }]}>
        <Input.TextArea rows={4} placeholder="如：扎根招商一线，全年引资4亿元" />
      </Form.Item>
    </FormModal>
  );
}
