import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Radio, Segmented, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ROLE_LABELS, type Role } from '@app/domain/auth/role';
import { SECONDMENT_CATEGORY, SecondmentCategory } from '@app/domain/registry/vocabulary';
import { RATING_LABELS, RATINGS, type Rating } from '@app/domain/scoring/rubric';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { formatDate } from '../format';
import { FormModal } from './FormModal';

type Summary = components['schemas']['AssessmentSummaryResponse'];
type Interview = components['schemas']['InterviewResponse'];

/** Who a waiting step waits on: a role, or the voters of a democratic evaluation. */
function waitingLabel(waitingOn: string): string {
  return waitingOn === 'VOTERS' ? '参评人员（民主测评）' : (ROLE_LABELS[waitingOn as Role] ?? waitingOn);
}

/**
 * 考核进度: every assessment of the round with what still blocks it, and for each its
 * steps (one per source of its category's rubric, and the Excellent prerequisites) with
 * who must act. Org staff record an SOE cadre's service-recipient interviews here.
 */
export function RoundProgress({ roundId, collecting, recordsInterviews }: { roundId: string; collecting: boolean; recordsInterviews: boolean }) {
  const [show, setShow] = useState<'WAITING' | 'ALL'>('WAITING');
  const assessments = useLoad(() => api.GET('/api/rounds/{id}/assessments', { params: { path: { id: roundId } } }), [roundId]);
  const all = assessments.data ?? [];
  const waiting = all.filter((a) => a.missing.length > 0);
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<'WAITING' | 'ALL'>
          value={show}
          onChange={setShow}
          options={[
            { value: 'WAITING', label: `未完成（${waiting.length}）` },
            { value: 'ALL', label: `全部（${all.length}）` },
          ]}
        />
        <Typography.Text type="secondary">展开一行，查看该干部每个环节的进度和待办方</Typography.Text>
      </Space>
      {assessments.error && <Alert type="error" showIcon title={assessments.error} style={{ marginBottom: 16 }} />}
      <Table<Summary>
        rowKey="id"
        size="small"
        loading={assessments.loading}
        dataSource={show === 'WAITING' ? waiting : all}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: show === 'WAITING' ? '所有考核的分项均已齐全' : '本轮暂无考核' }}
        expandable={{
          expandedRowRender: (row) => <Steps assessment={row} canRecordInterviews={recordsInterviews && collecting && row.category === SecondmentCategory.StateEnterprise} onChanged={assessments.reload} />,
        }}
        columns={[
          { title: '姓名', width: 110, render: (_, row) => row.cadre.name },
          { title: '挂职单位', render: (_, row) => row.hostUnit.name },
          { title: '类别', width: 130, render: (_, row) => <Tag>{SECONDMENT_CATEGORY.label(row.category as SecondmentCategory)}</Tag> },
          {
            title: '尚缺分项',
            render: (_, row) => (row.missing.length === 0 ? <Tag color="green">已齐全</Tag> : row.missing.map((code) => <Tag key={code}>{code}</Tag>)),
          },
          { title: '总分', width: 90, align: 'right', render: (_, row) => row.total ?? '—' },
        ]}
      />
    </>
  );
}

function Steps({ assessment, canRecordInterviews, onChanged }: { assessment: Summary; canRecordInterviews: boolean; onChanged: () => void }) {
  const flow = useLoad(() => api.GET('/api/assessments/{id}/flow', { params: { path: { id: assessment.id } } }), [assessment.id]);
  const soe = assessment.category === SecondmentCategory.StateEnterprise;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid={`flow-${assessment.id}`}>
      {flow.error && <Alert type="error" showIcon title={flow.error} />}
      <Table
        rowKey="step"
        size="small"
        loading={flow.loading}
        dataSource={flow.data ?? []}
        pagination={false}
        columns={[
          { title: '环节', render: (_, step) => step.label },
          {
            title: '进度',
            width: 120,
            render: (_, step) =>
              step.done ? (
                <Space size={4}>
                  <CheckCircleFilled style={{ color: '#52c41a' }} />
                  已完成
                </Space>
              ) : (
                <Space size={4}>
                  <ClockCircleOutlined style={{ color: '#faad14' }} />
                  待完成
                </Space>
              ),
          },
          { title: '待办方', width: 180, render: (_, step) => (step.waitingOn ? waitingLabel(step.waitingOn) : '') },
          // Sub-items by their codes; an Excellent prerequisite's step names itself (its `missing` is its code).
          { title: '尚缺', render: (_, step) => (step.missing.every((code) => /^\d/.test(code)) ? step.missing.join('、') : step.done ? '' : '尚未满足') },
        ]}
      />
      {soe && (
        <Interviews
          assessment={assessment}
          editable={canRecordInterviews}
          onRecorded={() => {
            flow.reload();
            onChanged();
          }}
        />
      )}
    </Space>
  );
}

/** 服务对象谈话: an SOE cadre's service-recipient interviews, each with a rating on the ballot scale. */
function Interviews({ assessment, editable, onRecorded }: { assessment: Summary; editable: boolean; onRecorded: () => void }) {
  const interviews = useLoad(() => api.GET('/api/assessments/{id}/interviews', { params: { path: { id: assessment.id } } }), [assessment.id]);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <Space style={{ marginTop: 8 }}>
        <Typography.Text strong>服务对象谈话</Typography.Text>
        {editable && (
          <Button size="small" type="primary" onClick={() => setAdding(true)}>
            记录谈话
          </Button>
        )}
      </Space>
      <Table<Interview>
        rowKey="id"
        size="small"
        loading={interviews.loading}
        dataSource={interviews.data ?? []}
        pagination={false}
        locale={{ emptyText: '尚未记录谈话' }}
        columns={[
          { title: '日期', width: 140, render: (_, i) => formatDate(i.date) },
          { title: '谈话对象', render: (_, i) => `${i.intervieweeOrganization} ${i.intervieweeRole}` },
          { title: '评价', width: 90, render: (_, i) => RATING_LABELS[i.rating] },
          { title: '谈话要点', dataIndex: 'notes' },
        ]}
      />
      {adding && (
        <RecordInterview
          assessment={assessment}
          onClose={(recorded) => {
            setAdding(false);
            if (recorded) {
              interviews.reload();
              onRecorded();
            }
          }}
        />
      )}
    </>
  );
}

interface InterviewValues {
  intervieweeOrganization: string;
  intervieweeRole: string;
  date: Dayjs;
  notes: string;
  rating: Rating;
}

function RecordInterview({ assessment, onClose }: { assessment: Summary; onClose: (recorded: boolean) => void }) {
  const [form] = Form.useForm<InterviewValues>();
  const send = (values: InterviewValues) =>
    api.POST('/api/assessments/{id}/interviews', {
      params: { path: { id: assessment.id } },
      body: {
        intervieweeOrganization: values.intervieweeOrganization.trim(),
        intervieweeRole: values.intervieweeRole.trim(),
        date: values.date.format('YYYY-MM-DD'),
        notes: values.notes.trim(),
        rating: values.rating,
      },
    });
  return (
    <FormModal
      title={`记录 ${assessment.cadre.name} 的服务对象谈话`}
      form={form}
      initialValues={{ date: dayjs() }}
      send={send}
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="谈话对象单位" name="intervieweeOrganization" rules={[{ required: true, whitespace: true, message: '请填写谈话对象所在单位' }, { max: 100, message: '最多 100 字' }]}>
        <Input placeholder="如：某某科技有限公司" />
      </Form.Item>
      <Form.Item label="谈话对象职务" name="intervieweeRole" rules={[{ required: true, whitespace: true, message: '请填写谈话对象的职务' }, { max: 50, message: '最多 50 字' }]}>
        <Input placeholder="如：办公室主任" />
      </Form.Item>
      <Form.Item label="谈话日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker format="YYYY年M月D日" disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item label="评价" name="rating" rules={[{ required: true, message: '请选择评价' }]}>
        <Radio.Group options={RATINGS.map((value) => ({ value, label: RATING_LABELS[value] }))} />
      </Form.Item>
      <Form.Item label="谈话要点" name="notes" rules={[{ required: true, whitespace: true, message: '请填写谈话要点' }, { max: 2000, message: '最多 2000 字' }]}>
        <Input.TextArea rows={4} placeholder="如：对其协调用地、用电问题的效率评价很高" />
      </Form.Item>
    </FormModal>
  );
}
