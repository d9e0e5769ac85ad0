import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Radio, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import { TalentPoolStatus } from '@app/domain/dossier/incentives';
import type { SecondmentCategory } from '@app/domain/registry/vocabulary';
import { GRADE_LABELS } from '@app/domain/scoring/calibration';
import { api } from '../api/client';
import { downloadFile } from '../api/download';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { CategorySelect, SearchBox } from './filters';
import { FormModal } from './FormModal';

type Entry = components['schemas']['TalentPoolEntryResponse'];

const STATUS: Record<TalentPoolStatus, { label: string; color: string }> = {
  [TalentPoolStatus.Proposed]: { label: '待决定', color: 'gold' },
  [TalentPoolStatus.Confirmed]: { label: '已入库', color: 'green' },
  [TalentPoolStatus.Declined]: { label: '未入库', color: 'default' },
};

/**
 * 储备人才库: cadres proposed when graded Excellent, the priority ones (Excellent in two
 * rounds or more) first. Leaders and org staff read it and export it; org staff decide
 * each proposal, with the recommendation or the reason.
 */
export function TalentPoolPage() {
  const user = useUser();
  const { message } = App.useApp();
  const decides = hasPermission(user.role, Permission.IncentiveManage);
  // Org staff start from what awaits their decision; leaders from the pool itself.
  const [status, setStatus] = useState<TalentPoolStatus | 'ALL'>(decides ? TalentPoolStatus.Proposed : TalentPoolStatus.Confirmed);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<SecondmentCategory>();
  const [page, setPage] = useState(1);
  const [deciding, setDeciding] = useState<Entry | null>(null);
  const [exporting, setExporting] = useState(false);
  const pool = useLoad(
    () => api.GET('/api/talent-pool', { params: { query: { status: status === 'ALL' ? undefined : status, q: q || undefined, category, page, pageSize: 20 } } }),
    [status, q, category, page],
  );

  const exportPool = async () => {
    setExporting(true);
    try {
      const problem = await downloadFile('/api/talent-pool.xlsx', '储备人才库.xlsx');
      if (problem) message.error(problem);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title="储备人才库"
      extra={
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportPool()}>
          导出名单
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<TalentPoolStatus | 'ALL'>
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          options={[...Object.values(TalentPoolStatus).map((value) => ({ value, label: STATUS[value].label })), { value: 'ALL', label: '全部' }]}
        />
        <SearchBox
          placeholder="姓名或原单位"
          width={220}
          onSearch={(value) => {
            setQ(value);
            setPage(1);
          }}
        />
        <CategorySelect
          value={category}
          onChange={(value) => {
            setCategory(value);
            setPage(1);
          }}
        />
      </Space>
      {pool.error && <Alert type="error" showIcon title={pool.error} style={{ marginBottom: 16 }} />}
      <Table<Entry>
        rowKey="id"
        loading={pool.loading}
        dataSource={pool.data?.items ?? []}
        locale={{ emptyText: status === TalentPoolStatus.Proposed ? '没有待决定的人选' : '暂无人选' }}
        pagination={{ current: page, pageSize: 20, total: pool.data?.total ?? 0, showTotal: (total) => `共 ${total} 人`, onChange: setPage }}
        columns={[
          {
            title: '姓名',
            width: 130,
            render: (_, entry) => (
              <Space size={4}>
                {entry.name}
                {entry.priority && <Tag color="red">优先</Tag>}
              </Space>
            ),
          },
          { title: '原单位', dataIndex: 'homeUnit' },
          { title: '职务', dataIndex: 'position', width: 140 },
          { title: '评优次数', dataIndex: 'excellentRounds', width: 90, align: 'right' },
          {
            title: '最近一次考核',
            width: 130,
            render: (_, entry) => (entry.latestGrade ? `${GRADE_LABELS[entry.latestGrade]}${entry.latestTotal === null ? '' : `（${entry.latestTotal}）`}` : '—'),
          },
          { title: '状态', width: 90, render: (_, entry) => <Tag color={STATUS[entry.status].color}>{STATUS[entry.status].label}</Tag> },
          { title: '推荐意见', render: (_, entry) => entry.recommendation ?? '' },
          ...(decides
            ? [
                {
                  title: '操作',
                  width: 90,
                  render: (_: unknown, entry: Entry) =>
                    entry.status === TalentPoolStatus.Proposed && (
                      <Button size="small" type="primary" onClick={() => setDeciding(entry)}>
                        决定
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {deciding && (
        <Decide
          entry={deciding}
          onClose={(decided) => {
            setDeciding(null);
            if (decided) {
              message.success(`已决定 ${deciding.name} 是否入库`);
              pool.reload();
            }
          }}
        />
      )}
    </Card>
  );
}

interface DecideValues {
  outcome: 'CONFIRMED' | 'DECLINED';
  recommendation: string;
}

function Decide({ entry, onClose }: { entry: Entry; onClose: (decided: boolean) => void }) {
  const [form] = Form.useForm<DecideValues>();
  const outcome = Form.useWatch('outcome', form);
  return (
    <FormModal
      title={`${entry.name}：是否列入储备人才库`}
      okText="提交"
      form={form}
      initialValues={{ outcome: 'CONFIRMED' }}
      send={(values) =>
        api.POST('/api/talent-pool/{id}/decide', {
          params: { path: { id: entry.id } },
          body: { outcome: values.outcome, recommendation: values.recommendation.trim(), version: entry.version },
        })
      }
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="决定" name="outcome">
        <Radio.Group
          options={[
            { value: 'CONFIRMED', label: '列入储备人才库' },
            { value: 'DECLINED', label: '暂不列入' },
          ]}
        />
      </Form.Item>
      <Form.Item
        label={outcome === 'DECLINED' ? '不列入的理由' : '推荐意见'}
        name="recommendation"
        rules={[{ required: true, whitespace: true, message: outcome === 'DECLINED' ? '请填写不列入的理由' : '请填写推荐意见' }, { max: 2000, message: '最多 2000 字' }]}
      >
        <Input.TextArea rows={4} placeholder={outcome === 'DECLINED' ? '如：挂职期间受到诫勉' : '如：建议作为乡镇党政正职储备人选'} />
      </Form.Item>
    </FormModal>
  );
}
