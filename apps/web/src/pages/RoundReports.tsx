import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, List, Typography } from 'antd';
import { useState } from 'react';
import { Permission, hasPermission } from '@app/domain/auth/permissions';
import type { Role } from '@app/domain/auth/role';
import { downloadFile } from '../api/download';

type ReportPath =
  | '/api/rounds/{id}/summary.xlsx'
  | '/api/rounds/{id}/details.xlsx'
  | '/api/rounds/{id}/ballots.xlsx'
  | '/api/rounds/{id}/distribution.xlsx'
  | '/api/rounds/{id}/incentives.xlsx';

interface Report {
  path: ReportPath;
  title: string;
  description: string;
  needs: Permission;
  /** Only once the round is finalized. */
  finalizedOnly?: boolean;
}

/** The round's reports, as the API names and scopes them. */
const REPORTS: readonly Report[] = [
  { path: '/api/rounds/{id}/summary.xlsx', title: '考核结果汇总表', description: '每名干部按排名，含 13 个小项、总分、排名和等次', needs: Permission.AssessmentRead },
  { path: '/api/rounds/{id}/details.xlsx', title: '评分明细表', description: '每名干部每个小项的分数、来源、录入人和时间', needs: Permission.AssessmentRead },
  { path: '/api/rounds/{id}/ballots.xlsx', title: '民主测评统计表', description: '应到人数、实到人数、参评率、各等次票数和占比、折算分', needs: Permission.BallotRead },
  { path: '/api/rounds/{id}/distribution.xlsx', title: '等次分布表', description: '按类别、按用人单位的等次分布，优秀名额及使用情况', needs: Permission.RoundRead },
  { path: '/api/rounds/{id}/incentives.xlsx', title: '激励落实表', description: '办结后的激励措施，拟定与落实情况', needs: Permission.IncentiveRead, finalizedOnly: true },
];

/** 报表: every Excel report of the round one click away; the file downloads with its Chinese name. */
export function RoundReports({ roundId, role, finalized }: { roundId: string; role: Role; finalized: boolean }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ReportPath | null>(null);
  const download = async (report: Report) => {
    setBusy(report.path);
    try {
      const problem = await downloadFile(report.path.replace('{id}', encodeURIComponent(roundId)), `${report.title}.xlsx`);
      if (problem) message.error(problem);
    } finally {
      setBusy(null);
    }
  };
  return (
    <List
      dataSource={REPORTS.filter((r) => hasPermission(role, r.needs) && (!r.finalizedOnly || finalized))}
      renderItem={(report) => (
        <List.Item
          actions={[
            <Button key="download" icon={<DownloadOutlined />} loading={busy === report.path} onClick={() => void download(report)}>
              导出
            </Button>,
          ]}
        >
          <List.Item.Meta title={report.title} description={<Typography.Text type="secondary">{report.description}</Typography.Text>} />
        </List.Item>
      )}
    />
  );
}
