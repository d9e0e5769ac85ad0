import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { UNIT_TYPE_LABELS, UnitType } from '@app/domain/units/unit-type';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { formatDate } from '../format';
import { FormModal } from './FormModal';
import { UnitSelect } from './pickers';
import { SearchBox } from './filters';

type Unit = components['schemas']['UnitResponse'];

const TYPE_COLORS: Record<UnitType, string> = { ORG_DEPARTMENT: 'purple', SENDING: 'blue', HOST: 'green', CERTIFIER: 'orange' };
const TYPE_OPTIONS = Object.values(UnitType).map((value) => ({ value, label: UNIT_TYPE_LABELS[value] }));

/** 单位管理: the units cadres come from and go to, and who certifies; searchable, created and edited here. */
export function UnitsPage() {
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [type, setType] = useState<UnitType>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const units = useLoad(() => api.GET('/api/units', { params: { query: { q: q || undefined, type, page, pageSize: 20, sort: 'name' } } }), [q, type, page]);

  return (
    <Card
      title="单位管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增单位
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <SearchBox
          placeholder="单位名称或代码"
          width={240}
          onSearch={(value) => {
            setQ(value);
            setPage(1);
          }}
        />
        <Select
          placeholder="单位类型"
          allowClear
          style={{ width: 160 }}
          value={type}
          options={TYPE_OPTIONS}
          onChange={(value) => {
            setType(value);
            setPage(1);
          }}
        />
      </Space>
      {units.error && <Alert type="error" showIcon title={units.error} style={{ marginBottom: 16 }} />}
      <Table<Unit>
        rowKey="id"
        loading={units.loading}
        dataSource={units.data?.items ?? []}
        locale={{ emptyText: q || type ? '没有符合条件的单位' : '暂无单位' }}
        pagination={{ current: page, pageSize: 20, total: units.data?.total ?? 0, showTotal: (total) => `共 ${total} 个`, onChange: setPage }}
        columns={[
          { title: '单位名称', dataIndex: 'name' },
          { title: '代码', dataIndex: 'code', width: 160 },
          { title: '类型', width: 110, render: (_, unit) => <Tag color={TYPE_COLORS[unit.type]}>{UNIT_TYPE_LABELS[unit.type]}</Tag> },
          { title: '创建日期', width: 150, render: (_, unit) => formatDate(unit.createdAt) },
          {
            title: '操作',
            width: 90,
            render: (_, unit) => (
              <Button size="small" onClick={() => setEditing(unit)}>
                编辑
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <EditUnit
          unit={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              message.success(`已保存 ${saved.name}`);
              units.reload();
            }
          }}
        />
      )}
    </Card>
  );
}

interface UnitValues {
  name: string;
  code: string;
  type: UnitType;
  parentId: string | null;
}

function EditUnit({ unit, onClose }: { unit: Unit | null; onClose: (saved: Unit | null) => void }) {
  const [form] = Form.useForm<UnitValues>();
  const send = (values: UnitValues) => {
    const body = { name: values.name.trim(), code: values.code.trim(), type: values.type };
    return unit
      ? api.PATCH('/api/units/{id}', { params: { path: { id: unit.id } }, body: { ...body, parentId: values.parentId ?? null, version: unit.version } })
      : api.POST('/api/units', { body: { ...body, parentId: values.parentId ?? undefined } });
  };
  return (
    <FormModal
      title={unit ? `编辑 ${unit.name}` : '新增单位'}
      form={form}
      initialValues={unit ? { name: unit.name, code: unit.code, type: unit.type, parentId: unit.parentId } : { type: UnitType.Host, parentId: null }}
      send={send}
      onDone={onClose}
      onCancel={() => onClose(null)}
    >
      <Form.Item label="单位名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 100, message: '最多 100 字' }]}>
        <Input placeholder="如：城关镇人民政府" />
      </Form.Item>
      <Form.Item
        label="单位代码"
        name="code"
        extra="唯一；字母、数字、下划线和连字符，以字母或数字开头"
        rules={[
          { required: true, message: '请填写单位代码' },
          { pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$/, message: '1 至 50 个字母、数字、下划线或连字符，以字母或数字开头' },
        ]}
      >
        <Input placeholder="如：CGZ" />
      </Form.Item>
      <Form.Item label="单位类型" name="type" rules={[{ required: true, message: '请选择单位类型' }]}>
        <Select options={TYPE_OPTIONS} />
      </Form.Item>
      <Form.Item label="上级单位" name="parentId">
        <UnitSelect placeholder="无（可选）" />
      </Form.Item>
    </FormModal>
  );
}
