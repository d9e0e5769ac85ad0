import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import { SECONDMENT_CATEGORY, type SecondmentCategory } from '@app/domain/registry/vocabulary';
import { RATING_LABELS, RATINGS, SCORE_SOURCE_LABELS } from '@app/domain/scoring/rubric';
import { api } from '../api/client';
import { describeError, fieldErrors } from '../api/errors';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { formatDate } from '../format';
import { RUBRIC_STATUS } from './RubricsPage';

type Definition = components['schemas']['RubricDefinitionDto'];
type Item = components['schemas']['RubricItemDto'];
type SubItem = components['schemas']['RubricSubItemDto'];

const REQUIREMENTS: Record<components['schemas']['ExcellentRequirementsDto']['GRASSROOTS'][number], string> = {
  RECOMMENDED: '须经比对推荐',
  BOTH_CERTIFICATES: '须双出具齐全',
};
const RATING_SOURCES = ['BALLOTS', 'CERTIFICATES', 'INTERVIEWS', 'MUTUAL_EVALUATION'] as const;

/** What the form edits: the definition's names, points and guidance; its variants stay as they are. */
interface Values {
  name: string;
  definition: Pick<Definition, 'thresholds' | 'ratingWeights' | 'minimumRatings'> & {
    items: (Pick<Item, 'name' | 'check' | 'look' | 'maxPoints'> & { subItems: Pick<SubItem, 'name' | 'maxPoints' | 'guidance'>[] })[];
  };
}

/** The draft's definition with what the form changed laid over it. */
function edited(definition: Definition, values: Values['definition']): Definition {
  return {
    ...definition,
    thresholds: values.thresholds,
    ratingWeights: values.ratingWeights,
    minimumRatings: values.minimumRatings,
    items: definition.items.map((item, i) => ({
      ...item,
      ...values.items[i],
      subItems: item.subItems.map((sub, j) => ({ ...sub, ...values.items[i].subItems[j] })),
    })),
  };
}

/**
 * One rubric version: items and sub-items with their points, sources and guidance; the
 * grade lines; how ratings convert; the fewest ratings a computed score needs; and what
 * each category does differently. A draft is edited here (names, points, guidance, lines
 * and weights) and published once its points add up; a published version never changes.
 */
export function RubricPage() {
  const { id } = useParams() as { id: string };
  const user = useUser();
  const { message, modal } = App.useApp();
  const rubric = useLoad(() => api.GET('/api/rubrics/{id}', { params: { path: { id } } }), [id]);
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Publishing publishes what is stored: not while edits are unsaved, a save is under way, or the draft is being read again.
  const [dirty, setDirty] = useState(false);
  const r = rubric.data;
  const editable = !!r && r.status === 'DRAFT' && hasPermission(user.role, Permission.RubricManage);
  useEffect(() => {
    if (r) form.resetFields();
  }, [form, r]);
  const watched = Form.useWatch('definition', form);

  if (rubric.error) return <Alert type="error" showIcon title={rubric.error} />;
  if (!r) return <Spin />;

  const save = async (values: Values) => {
    setBusy(true);
    const { data, error, response } = await api.PATCH('/api/rubrics/{id}', {
      params: { path: { id } },
      body: { version: r.version, name: values.name.trim(), definition: edited(r.definition, values.definition) },
    });
    setBusy(false);
    if (data) {
      setProblem(null);
      setDirty(false);
      message.success('已保存草稿');
    } else {
      form.setFields(fieldErrors(error));
      setProblem(describeError(response.status, error));
    }
    if (data || response.status === 409) rubric.reload();
  };
  const publish = async () => {
    const { data, error, response } = await api.POST('/api/rubrics/{id}/publish', { params: { path: { id } }, body: { version: r.version } });
    if (data) {
      message.success(`已发布：${data.name}，新建考核轮次时可选用`);
      rubric.reload();
      return;
    }
    // What does not add up is shown beside its field, and listed.
    form.setFields(fieldErrors(error));
    modal.error({ title: '尚不能发布', content: describeError(response.status, error), width: 560 });
  };

  // Live sums while editing: each item's sub-items, and the items' total.
  const definition = watched && editable ? watched : r.definition;
  const itemSum = (i: number) => definition.items[i]?.subItems.reduce((sum, s) => sum + (Number(s.maxPoints) || 0), 0) ?? 0;
  const total = definition.items.reduce((sum, item) => sum + (Number(item.maxPoints) || 0), 0);
  const round2 = (n: number) => Math.round(n * 100) / 100;

  const numberField = (name: (string | number)[], props: { min?: number; max?: number; precision?: number; width?: number; label?: string } = {}) =>
    editable ? (
      <Form.Item name={['definition', ...name]} noStyle rules={[{ required: true, message: '必填' }]}>
        <InputNumber aria-label={props.label} size="small" min={props.min ?? 0} max={props.max ?? 100} precision={props.precision ?? 2} style={{ width: props.width ?? 80 }} />
      </Form.Item>
    ) : null;
  const read = (name: (string | number)[]): unknown => name.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], r.definition);
  const field = (name: (string | number)[], props: Parameters<typeof numberField>[1] = {}) => numberField(name, props) ?? String(read(name));

  return (
    <Form<Values> form={form} initialValues={{ name: r.name, definition: r.definition }} onFinish={(values) => void save(values)} onValuesChange={() => setDirty(true)} component={false}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card
          title={r.name}
          extra={
            editable && (
              <Space>
                <Button loading={busy} onClick={() => form.submit()}>
                  保存草稿
                </Button>
                {dirty && <Typography.Text type="warning">有未保存的修改，保存后方可发布</Typography.Text>}
                <Popconfirm title="发布后不能再修改，确认发布？" okText="发布" cancelText="取消" onConfirm={() => publish()} disabled={dirty || busy || rubric.loading}>
                  <Button type="primary" disabled={dirty || busy || rubric.loading}>
                    发布
                  </Button>
                </Popconfirm>
              </Space>
            )
          }
        >
          <Descriptions size="small" column={3}>
            <Descriptions.Item label="状态">
              <Tag color={RUBRIC_STATUS[r.status].color}>{RUBRIC_STATUS[r.status].label}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="发布日期">{formatDate(r.publishedAt)}</Descriptions.Item>
            <Descriptions.Item label="满分合计">
              <Typography.Text type={round2(total) === 100 ? undefined : 'danger'}>{round2(total)}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          {editable && (
            <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }, { max: 100, message: '最多 100 字' }]} style={{ maxWidth: 480, marginTop: 12 }}>
              <Input />
            </Form.Item>
          )}
          {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
        </Card>

        <Card title="考评项目（四查四看）">
          {r.definition.items.map((item, i) => (
            <div key={item.code} style={{ marginBottom: 16 }}>
              <Space wrap align="start" style={{ marginBottom: 8 }}>
                <Typography.Text strong>
                  {item.code}. {item.name}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {item.check} → {item.look}
                </Typography.Text>
                <span>满分 {field(['items', i, 'maxPoints'], { label: `${item.code} ${item.name} 满分` })}</span>
                {round2(itemSum(i)) !== round2(Number(definition.items[i]?.maxPoints) || 0) && <Tag color="error">小项合计 {round2(itemSum(i))}，与满分不符</Tag>}
              </Space>
              <Table<SubItem>
                rowKey="code"
                size="small"
                pagination={false}
                dataSource={item.subItems}
                columns={[
                  { title: '小项', width: 60, dataIndex: 'code' },
                  {
                    title: '名称',
                    width: 200,
                    render: (_, sub, j) =>
                      editable ? (
                        <Form.Item name={['definition', 'items', i, 'subItems', j, 'name']} noStyle rules={[{ required: true, whitespace: true, message: '必填' }]}>
                          <Input aria-label={`${sub.code} 名称`} size="small" maxLength={50} />
                        </Form.Item>
                      ) : (
                        sub.name
                      ),
                  },
                  { title: '满分', width: 110, render: (_, sub, j) => field(['items', i, 'subItems', j, 'maxPoints'], { label: `${sub.code} 满分` }) },
                  { title: '分数来源', width: 130, render: (_, sub) => SCORE_SOURCE_LABELS[sub.source] },
                  {
                    title: '评分要点',
                    render: (_, sub, j) =>
                      editable ? (
                        <Form.Item name={['definition', 'items', i, 'subItems', j, 'guidance']} noStyle>
                          <Input.TextArea aria-label={`${sub.code} 评分要点`} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                        </Form.Item>
                      ) : (
                        sub.guidance
                      ),
                  },
                ]}
              />
            </div>
          ))}
        </Card>

        <Card title="等次线与评价折算">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="等次线（总分达到）">
              <Space wrap>
                <span>优秀 {field(['thresholds', 'excellent'], { label: '优秀等次线' })}</span>
                <span>称职 {field(['thresholds', 'competent'], { label: '称职等次线' })}</span>
                <span>基本称职 {field(['thresholds', 'basicallyCompetent'], { label: '基本称职等次线' })}</span>
                <Typography.Text type="secondary">低于基本称职线为不称职</Typography.Text>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="评价折算（占满分的百分比）">
              <Space wrap>
                {RATINGS.map((rating) => (
                  <span key={rating}>
                    {RATING_LABELS[rating]} {field(['ratingWeights', rating], { precision: 0, width: 70, label: `${RATING_LABELS[rating]}折算` })}%
                  </span>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="计分所需最少评价数">
              <Space wrap>
                {RATING_SOURCES.map((source) => (
                  <span key={source}>
                    {SCORE_SOURCE_LABELS[source]} {field(['minimumRatings', source], { min: 1, max: 10_000, precision: 0, width: 70, label: `${SCORE_SOURCE_LABELS[source]}最少评价数` })}
                  </span>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        </Card>

        <Card title="分类推进（各类别的计分与评优要求）">
          <Table<{ category: SecondmentCategory }>
            rowKey="category"
            size="small"
            pagination={false}
            dataSource={SECONDMENT_CATEGORY.codes.map((category) => ({ category }))}
            columns={[
              { title: '类别', width: 120, render: (_, { category }) => SECONDMENT_CATEGORY.label(category) },
              {
                title: '与标准计分不同之处',
                render: (_, { category }) => {
                  const variants = r.definition.variants[category];
                  if (variants.length === 0) return '按标准计分';
                  return variants
                    .map((v) => {
                      const sub = r.categories[category]?.find((s) => s.code === v.subItemCode);
                      return `${v.subItemCode} ${sub?.name ?? v.name ?? ''}：${v.sources.map((s) => `${SCORE_SOURCE_LABELS[s.source]} ${s.percent}%`).join('，')}`;
                    })
                    .join('；');
                },
              },
              {
                title: '评优前提',
                width: 180,
                render: (_, { category }) => {
                  const requirements = r.definition.excellentRequirements[category];
                  return requirements.length === 0 ? '—' : requirements.map((q) => <Tag key={q}>{REQUIREMENTS[q]}</Tag>);
                },
              },
            ]}
          />
          {editable && <Typography.Text type="secondary">各类别的计分方式与评优前提在控制台中只读，如需调整请通过接口提交完整细则。</Typography.Text>}
        </Card>
      </Space>
    </Form>
  );
}
