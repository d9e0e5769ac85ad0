import { Alert, App, Button, DatePicker, Descriptions, Divider, Drawer, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { EDUCATION, type Education, POLITICAL_STATUS, type PoliticalStatus, SECONDMENT_CATEGORY, SECONDMENT_STATUS, type SecondmentCategory, type SecondmentStatus } from '@app/domain/registry/vocabulary';
import { UnitType } from '@app/domain/units/unit-type';
import { api } from '../api/client';
import { describeError, fieldErrors } from '../api/errors';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { formatDate } from '../format';
import { FormModal } from './FormModal';
import { UnitSelect } from './pickers';

type Secondment = components['schemas']['SecondmentResponse'];

interface CadreValues {
  name: string;
  position: string;
  rank: string | null;
  phone: string;
  education: Education;
  politicalStatus: PoliticalStatus;
  homeUnitId: string;
}

/**
 * A cadre's record and secondments, edited by org staff: the cadre's own fields (what
 * the roster brought in), and each secondment's post, category, host unit, period and
 * status. Every save sends the version read, so a record changed meanwhile is refused.
 */
export function CadreEditor({ cadreId, onClose }: { cadreId: string; onClose: (changed: boolean) => void }) {
  const { message, modal } = App.useApp();
  const cadre = useLoad(() => api.GET('/api/cadres/{id}', { params: { path: { id: cadreId } } }), [cadreId]);
  const [form] = Form.useForm<CadreValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);
  const [editing, setEditing] = useState<Secondment | null>(null);
  const current = cadre.data;

  const save = async (values: CadreValues) => {
    if (!current) return;
    setBusy(true);
    const { data, error, response } = await api.PATCH('/api/cadres/{id}', {
      params: { path: { id: current.id } },
      body: {
        version: current.version,
        name: values.name.trim(),
        position: values.position.trim(),
        rank: values.rank?.trim() || null,
        education: values.education,
        politicalStatus: values.politicalStatus,
        homeUnitId: values.homeUnitId,
        // Sent only when changed: a phone number is PII, not rewritten for nothing.
        ...(values.phone.trim() === current.phone ? {} : { phone: values.phone.trim() }),
      },
    });
    setBusy(false);
    if (data) {
      setProblem(null);
      setChanged(true);
      message.success(`已保存 ${data.name} 的信息`);
      cadre.reload();
      return;
    }
    form.setFields(fieldErrors(error));
    setProblem(describeError(response.status, error));
    // Changed meanwhile: read it again, so the next save sends the version now stored.
    if (response.status === 409) cadre.reload();
  };

  /** 期满: the secondment ends and its comprehensive appraisal is composed as a draft, to read and file in the dossier. */
  const complete = async (secondment: Secondment) => {
    const { data, error, response } = await api.POST('/api/secondments/{id}/complete', { params: { path: { id: secondment.id } }, body: { version: secondment.version } });
    if (data) {
      setChanged(true);
      message.success('已办理期满，综合鉴定草稿已生成，可在成长档案中修改和归档');
    } else modal.error({ title: '未能办理期满', content: describeError(response.status, error), width: 520 });
    cadre.reload();
  };

  // A new version read (after a save, or a refusal) fills the form again.
  useEffect(() => {
    if (current) form.resetFields();
  }, [form, current]);

  return (
    <Drawer open size="large" title={current ? `${current.name} 的信息` : '干部信息'} onClose={() => onClose(changed)} destroyOnHidden>
      {cadre.error && <Alert type="error" showIcon title={cadre.error} />}
      {current && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="性别">{current.gender === 'MALE' ? '男' : '女'}</Descriptions.Item>
            <Descriptions.Item label="出生日期">{formatDate(current.birthDate)}</Descriptions.Item>
            <Descriptions.Item label="民族">{current.ethnicity}</Descriptions.Item>
            <Descriptions.Item label="身份证号">{current.nationalId}</Descriptions.Item>
          </Descriptions>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
          <Form<CadreValues>
            form={form}
            layout="vertical"
            initialValues={{
              name: current.name,
              position: current.position,
              rank: current.rank,
              phone: current.phone,
              education: current.education,
              politicalStatus: current.politicalStatus,
              homeUnitId: current.homeUnit.id,
            }}
            onFinish={(values) => void save(values)}
          >
            <Space wrap size="middle" align="start">
              <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50, message: '最多 50 字' }]}>
                <Input style={{ width: 200 }} />
              </Form.Item>
              <Form.Item label="联系电话" name="phone" rules={[{ required: true, whitespace: true, message: '请填写联系电话' }, { max: 20, message: '最多 20 个字符' }]}>
                <Input style={{ width: 200 }} />
              </Form.Item>
            </Space>
            <Form.Item label="原单位" name="homeUnitId" rules={[{ required: true, message: '请选择原单位' }]}>
              {/* Any unit: a roster may name a unit of any type as where a cadre comes from. */}
              <UnitSelect />
            </Form.Item>
            <Space wrap size="middle" align="start">
              <Form.Item label="现任职务" name="position" rules={[{ required: true, whitespace: true, message: '请填写现任职务' }, { max: 100, message: '最多 100 字' }]}>
                <Input style={{ width: 260 }} />
              </Form.Item>
              <Form.Item label="职级" name="rank" rules={[{ max: 50, message: '最多 50 字' }]}>
                <Input style={{ width: 160 }} placeholder="可选" />
              </Form.Item>
            </Space>
            <Space wrap size="middle" align="start">
              <Form.Item label="学历" name="education">
                <Select style={{ width: 160 }} options={EDUCATION.codes.map((value) => ({ value, label: EDUCATION.label(value) }))} />
              </Form.Item>
              <Form.Item label="政治面貌" name="politicalStatus">
                <Select style={{ width: 160 }} options={POLITICAL_STATUS.codes.map((value) => ({ value, label: POLITICAL_STATUS.label(value) }))} />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              保存干部信息
            </Button>
          </Form>
          <Divider titlePlacement="start">挂职经历</Divider>
          <Table<Secondment>
            rowKey="id"
            size="small"
            dataSource={current.secondments}
            pagination={false}
            locale={{ emptyText: '暂无挂职经历' }}
            columns={[
              { title: '批次', render: (_, s) => s.batch.name },
              { title: '挂职单位及岗位', render: (_, s) => `${s.hostUnit.name} ${s.post}` },
              { title: '类别', width: 100, render: (_, s) => s.categoryLabel },
              { title: '期间', width: 200, render: (_, s) => `${formatDate(s.startDate)} 至 ${formatDate(s.endDate)}` },
              { title: '状态', width: 80, render: (_, s) => <Tag>{s.statusLabel}</Tag> },
              {
                title: '操作',
                width: 170,
                render: (_, s) => (
                  <Space size="small">
                    <Button size="small" onClick={() => setEditing(s)}>
                      编辑
                    </Button>
                    {s.status === 'ACTIVE' && (
                      <Popconfirm title="办理挂职期满？将生成综合鉴定草稿" okText="期满" cancelText="取消" onConfirm={() => complete(s)}>
                        <Button size="small">期满鉴定</Button>
                      </Popconfirm>
                    )}
                    {s.status === 'COMPLETED' && <Link to={`/dossiers/${current.id}`}>综合鉴定</Link>}
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
      {editing && (
        <EditSecondment
          secondment={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              setChanged(true);
              message.success('已保存挂职经历');
            }
            // Saved, or perhaps refused as changed meanwhile: the next edit starts from what is stored.
            cadre.reload();
          }}
        />
      )}
    </Drawer>
  );
}

interface SecondmentValues {
  post: string;
  category: SecondmentCategory;
  hostUnitId: string;
  period: [Dayjs, Dayjs];
  status: SecondmentStatus;
  groupLabel: string | null;
}

function EditSecondment({ secondment, onClose }: { secondment: Secondment; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<SecondmentValues>();
  const send = (values: SecondmentValues) =>
    api.PATCH('/api/secondments/{id}', {
      params: { path: { id: secondment.id } },
      body: {
        version: secondment.version,
        post: values.post.trim(),
        category: values.category,
        hostUnitId: values.hostUnitId,
        startDate: values.period[0].format('YYYY-MM-DD'),
        endDate: values.period[1].format('YYYY-MM-DD'),
        // Only a change of status is sent: each one is a step the API checks.
        ...(values.status === secondment.status ? {} : { status: values.status }),
        groupLabel: values.groupLabel?.trim() || null,
      },
    });
  return (
    <FormModal
      title={`编辑挂职经历（${secondment.batch.name}）`}
      form={form}
      initialValues={{
        post: secondment.post,
        category: secondment.category,
        hostUnitId: secondment.hostUnit.id,
        period: [dayjs(secondment.startDate), dayjs(secondment.endDate)],
        status: secondment.status,
        groupLabel: secondment.groupLabel,
      }}
      send={send}
      renamedFields={{ startDate: 'period', endDate: 'period' }}
      onDone={() => onClose(true)}
      onCancel={() => onClose(false)}
    >
      <Form.Item label="用人单位" name="hostUnitId" rules={[{ required: true, message: '请选择用人单位' }]}>
        <UnitSelect type={UnitType.Host} />
      </Form.Item>
      <Form.Item label="挂职岗位" name="post" rules={[{ required: true, whitespace: true, message: '请填写挂职岗位' }, { max: 100, message: '最多 100 字' }]}>
        <Input />
      </Form.Item>
      <Form.Item label="历练类别" name="category">
        <Select options={SECONDMENT_CATEGORY.codes.map((value) => ({ value, label: SECONDMENT_CATEGORY.label(value) }))} />
      </Form.Item>
      <Form.Item label="挂职期间" name="period" rules={[{ required: true, message: '请选择起止日期' }]}>
        <DatePicker.RangePicker format="YYYY年M月D日" />
      </Form.Item>
      <Form.Item label="状态" name="status">
        <Select
          // Completion is its own step (it composes the comprehensive appraisal), not an edit.
          options={SECONDMENT_STATUS.codes.filter((value) => value !== 'COMPLETED' || secondment.status === 'COMPLETED').map((value) => ({ value, label: SECONDMENT_STATUS.label(value) }))}
        />
      </Form.Item>
      <Form.Item label="项目组（重大项目一线）" name="groupLabel" rules={[{ max: 100, message: '最多 100 字' }]}>
        <Input placeholder="可选" />
      </Form.Item>
    </FormModal>
  );
}
