import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, List, Space, Spin, Table, Tag, Typography } from 'antd';
import { Navigate, useParams } from 'react-router';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import { INCENTIVE_STATUS_LABELS, TALENT_POOL_STATUS_LABELS } from '@app/domain/dossier/incentives';
import { EDUCATION, GENDER, POLITICAL_STATUS } from '@app/domain/registry/vocabulary';
import { GRADE_LABELS } from '@app/domain/scoring/calibration';
import { api } from '../api/client';
import { downloadFile } from '../api/download';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { useUser } from '../auth/session';
import { LineChart } from '../charts';
import { formatDate, labelOf } from '../format';
import { AppraisalPanel } from './AppraisalPanel';

type Result = components['schemas']['DossierResultResponse'];


/** A cadre's own dossier: the console opens theirs. */
export function MyDossierPage() {
  const user = useUser();
  if (!user.cadreId) return <Alert type="warning" showIcon title="当前账号未关联干部，无个人档案" />;
  return <Navigate to={`/dossiers/${user.cadreId}`} replace />;
}

/** 成长档案: the profile, every finalized result, incentives, the talent pool, appraisals and materials, with the workbook to download. */
export function DossierPage() {
  const user = useUser();
  const { cadreId } = useParams() as { cadreId: string };
  const { message } = App.useApp();
  const dossier = useLoad(() => api.GET('/api/dossiers/{cadreId}', { params: { path: { cadreId } } }), [cadreId]);
  if (dossier.error) return <Alert type="error" showIcon title={dossier.error} />;
  if (!dossier.data) return <Spin />;
  const { profile, results, incentives, talentPool, appraisals, materials } = dossier.data;

  const download = async () => {
    const problem = await downloadFile(`/api/dossiers/${encodeURIComponent(cadreId)}/dossier.xlsx`, `${profile.name}成长档案.xlsx`);
    if (problem) message.error(problem);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={`${profile.name} 的成长档案`} extra={<Button icon={<DownloadOutlined />} onClick={() => void download()}>导出档案</Button>}>
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="姓名">{profile.name}</Descriptions.Item>
          <Descriptions.Item label="性别">{labelOf(GENDER, profile.gender)}</Descriptions.Item>
          <Descriptions.Item label="出生日期">{formatDate(profile.birthDate)}</Descriptions.Item>
          <Descriptions.Item label="民族">{profile.ethnicity}</Descriptions.Item>
          <Descriptions.Item label="政治面貌">{labelOf(POLITICAL_STATUS, profile.politicalStatus)}</Descriptions.Item>
          <Descriptions.Item label="学历">{labelOf(EDUCATION, profile.education)}</Descriptions.Item>
          <Descriptions.Item label="原单位">{profile.homeUnit.name}</Descriptions.Item>
          <Descriptions.Item label="职务">{profile.position}</Descriptions.Item>
          <Descriptions.Item label="职级">{profile.rank ?? '—'}</Descriptions.Item>
        </Descriptions>
        {profile.secondments.length > 0 && (
          <List
            style={{ marginTop: 16 }}
            header={<Typography.Text strong>挂职历练</Typography.Text>}
            dataSource={profile.secondments}
            renderItem={(s) => (
              <List.Item>
                {s.batch.name}：{s.hostUnit.name} {s.post}（{s.categoryLabel}），{formatDate(s.startDate)} 至 {formatDate(s.endDate)} <Tag>{s.statusLabel}</Tag>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card title="历次考核结果">
        {results.length > 1 && (
          <LineChart title="历次考核总分走势" points={[...results].reverse().filter((r) => r.total !== null).map((r) => ({ label: r.round, value: r.total! }))} min={60} />
        )}
        <Table<Result>
          rowKey="assessmentId"
          size="small"
          dataSource={results}
          pagination={false}
          locale={{ emptyText: '尚无办结的考核' }}
          columns={[
            { title: '考核', dataIndex: 'round' },
            { title: '类型', width: 110, dataIndex: 'roundType' },
            { title: '总分', width: 90, render: (_, r) => r.total ?? '—' },
            { title: '排名', width: 80, render: (_, r) => r.rank ?? '—' },
            { title: '等次', width: 100, render: (_, r) => (r.grade ? <Tag color={r.grade === 'EXCELLENT' ? 'red' : 'blue'}>{GRADE_LABELS[r.grade]}</Tag> : '不定等次') },
            { title: '办结日期', width: 150, render: (_, r) => formatDate(r.finalizedAt) },
          ]}
        />
      </Card>
      <Card title="激励与储备">
        {talentPool && <Alert type="success" showIcon style={{ marginBottom: 12 }} title={`储备人才库：${TALENT_POOL_STATUS_LABELS[talentPool.status]}`} description={talentPool.recommendation ?? undefined} />}
        {incentives.length === 0 ? (
          <Empty description="暂无激励记录" />
        ) : (
          <List dataSource={incentives} renderItem={(i) => <List.Item>{i.round}：{i.measure} <Tag>{INCENTIVE_STATUS_LABELS[i.status]}</Tag>{i.exemplar && <Tag color="red">示范标杆</Tag>}</List.Item>} />
        )}
      </Card>
      <AppraisalPanel cadreName={profile.name} appraisals={appraisals} secondments={profile.secondments} manages={hasPermission(user.role, Permission.DossierManage)} onChanged={dossier.reload} />
      <Card title="档案材料">
        {materials.length === 0 ? <Empty description="暂无材料" /> : <List dataSource={materials} renderItem={(m) => <List.Item>{m.filename}：{m.description}</List.Item>} />}
      </Card>
    </Space>
  );
}
