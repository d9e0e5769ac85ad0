import { Alert, App, Form, Input, InputNumber, Radio, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { RATING_LABELS, RATINGS, type Rating } from '@app/domain/scoring/rubric';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import { useUser } from '../auth/session';
import { ActOnAssessments, type ListedAssessment } from './ActOnAssessments';
import { FormModal } from './FormModal';

/** 双出具: a certifier issues, for each investment cadre of the rounds it certifies, its certificate of results and appraisal. */
export function CertificatesPage() {
  return (
    <ActOnAssessments
      title="双出具"
      action="出具"
      empty="没有需要本单位出具的招商一线干部"
      form={(assessment, close) => <Issue assessment={assessment} onClose={close} />}
    />
  );
}

interface CertificateForm {
  projectsSigned: number;
  projectsLanded: number;
  contractedInvestment: number;
  fundsInPlace: number;
  appraisal: string;
  rating: `${Rating}`;
}

function Issue({ assessment, onClose }: { assessment: ListedAssessment; onClose: (done: boolean) => void }) {
  const user = useUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<CertificateForm>();
  const [problem, setProblem] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  // This unit's certificate, when already issued: revising it sends its version.
  const [version, setVersion] = useState<number>();

  useEffect(() => {
    void api.GET('/api/assessments/{id}/certificates', { params: { path: { id: assessment.id } } }).then(({ data, error, response }) => {
      setLoaded(true);
      if (!data) return setProblem(describeError(response.status, error));
      const mine = data.find((c) => c.certifierUnitId === user.unitId);
      if (mine) {
        setVersion(mine.version);
        form.setFieldsValue({ ...mine });
      }
    });
  }, [assessment.id, form, user.unitId]);

  const send = (values: CertificateForm) =>
    api.PUT('/api/assessments/{id}/certificate', {
      params: { path: { id: assessment.id } },
      body: { ...values, appraisal: values.appraisal.trim(), ...(version !== undefined ? { version } : {}) },
    });

  return (
    <FormModal
      title={`出具：${assessment.cadre.name}`}
      okText={version === undefined ? '出具' : '修改'}
      // Not before the stored certificate is read: a revision sends its version.
      okButtonProps={{ disabled: !loaded }}
      width={600}
      form={form}
      intro={problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      send={send}
      onDone={() => {
        message.success(`已出具 ${assessment.cadre.name} 的招商成效和工作鉴定`);
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    >
      <Spin spinning={!loaded}>
        <Form.Item label="签约项目（个）" name="projectsSigned" rules={[{ required: true, message: '请填写签约项目数' }]}>
          <InputNumber min={0} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="落地项目（个）" name="projectsLanded" rules={[{ required: true, message: '请填写落地项目数' }]}>
          <InputNumber min={0} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="合同引资（万元）" name="contractedInvestment" rules={[{ required: true, message: '请填写合同引资' }]}>
          <InputNumber min={0} precision={2} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="到位资金（万元）" name="fundsInPlace" rules={[{ required: true, message: '请填写到位资金' }]}>
          <InputNumber min={0} precision={2} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="工作鉴定" name="appraisal" rules={[{ required: true, whitespace: true, message: '请填写工作鉴定' }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item label="评定等次" name="rating" rules={[{ required: true, message: '请选择评定等次' }]}>
          <Radio.Group options={RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }))} />
        </Form.Item>
      </Spin>
    </FormModal>
  );
}
