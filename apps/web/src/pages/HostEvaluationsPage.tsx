import { Alert, App, Form, Input, InputNumber, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import { ActOnAssessments, type ListedAssessment } from './ActOnAssessments';
import { FormModal } from './FormModal';

/** 用人单位评价: the host unit scores 3.2 for each of its cadres and writes its opinion; a new submission replaces the last. */
export function HostEvaluationsPage() {
  return (
    <ActOnAssessments
      title="用人单位评价"
      action="评价"
      empty="没有正在进行、需要本单位评价的考核"
      form={(assessment, close) => <Evaluate assessment={assessment} onClose={close} />}
    />
  );
}

interface EvaluationForm {
  points: number;
  opinion: string;
}

function Evaluate({ assessment, onClose }: { assessment: ListedAssessment; onClose: (done: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EvaluationForm>();
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [version, setVersion] = useState<number>();

  // The evaluation as stored (the host unit sees its own), and the version to write at.
  useEffect(() => {
    void api.GET('/api/assessments/{id}', { params: { path: { id: assessment.id } } }).then(({ data, error, response }) => {
      if (!data) return setLoadProblem(describeError(response.status, error));
      setVersion(data.version);
      const mine = data.entered.find((e) => e.source === 'HOST_UNIT');
      if (mine) form.setFieldsValue({ points: mine.points, opinion: mine.comment ?? '' });
    });
  }, [assessment.id, form]);

  return (
    <FormModal
      title={`评价：${assessment.cadre.name}`}
      okText="提交评价"
      okButtonProps={{ disabled: version === undefined }}
      form={form}
      intro={loadProblem && <Alert type="error" showIcon title={loadProblem} style={{ marginBottom: 16 }} />}
      send={(values) =>
        api.PUT('/api/assessments/{id}/host-unit-evaluation', {
          params: { path: { id: assessment.id } },
          body: { version: version!, points: values.points, opinion: values.opinion.trim() },
        })
      }
      onDone={() => {
        message.success(`已提交对 ${assessment.cadre.name} 的评价`);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    >
      <Spin spinning={version === undefined && !loadProblem}>
        <Form.Item label="用人单位评价得分（3.2，满分 10 分）" name="points" rules={[{ required: true, message: '请填写得分' }]}>
          <InputNumber min={0} max={10} step={0.5} precision={2} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="书面评价意见" name="opinion" rules={[{ required: true, whitespace: true, message: '请填写书面评价意见' }, { max: 2000, message: '最多 2000 字' }]}>
          <Input.TextArea rows={5} showCount maxLength={2000} placeholder="工作表现、作风纪律、群众反映等" />
        </Form.Item>
      </Spin>
    </FormModal>
  );
}
