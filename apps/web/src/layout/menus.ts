import { Permission } from '@app/domain/auth/permissions';
import { Role } from '@app/domain/auth/role';

/** The icons the side menu draws (layout/icons.tsx). */
export type MenuIcon =
  | 'approvals'
  | 'batches'
  | 'dashboard'
  | 'results'
  | 'cadres'
  | 'certificates'
  | 'dossiers'
  | 'evaluations'
  | 'import'
  | 'mutual-evaluations'
  | 'performance'
  | 'rounds'
  | 'rubrics'
  | 'talent-pool'
  | 'units'
  | 'users'
  | 'work-records';

export interface MenuEntry {
  path: string;
  label: string;
  icon: MenuIcon;
  /** What the page's API calls require; menus.spec.ts checks the role holds it. */
  needs: Permission;
}

const cadres = (label: string): MenuEntry => ({ path: '/cadres', label, icon: 'cadres', needs: Permission.CadreRead });
const batches: MenuEntry = { path: '/batches', label: '历练批次', icon: 'batches', needs: Permission.BatchManage };
const rosterImport: MenuEntry = { path: '/imports/roster', label: '花名册导入', icon: 'import', needs: Permission.RosterImport };
const rounds: MenuEntry = { path: '/rounds', label: '考核轮次', icon: 'rounds', needs: Permission.RoundRead };
const rubrics: MenuEntry = { path: '/rubrics', label: '考评细则', icon: 'rubrics', needs: Permission.RubricRead };
const approvals: MenuEntry = { path: '/approvals', label: '待审批', icon: 'approvals', needs: Permission.RoundApprove };
const dossiers: MenuEntry = { path: '/dossiers', label: '成长档案', icon: 'dossiers', needs: Permission.DossierRead };
const myDossier: MenuEntry = { path: '/my-dossier', label: '我的档案', icon: 'dossiers', needs: Permission.DossierRead };
const hostEvaluations: MenuEntry = { path: '/evaluations', label: '用人单位评价', icon: 'evaluations', needs: Permission.HostUnitEvaluate };
const certificates: MenuEntry = { path: '/certificates', label: '双出具', icon: 'certificates', needs: Permission.CertificateIssue };
const mutualEvaluations: MenuEntry = { path: '/mutual-evaluations', label: '集中互评', icon: 'mutual-evaluations', needs: Permission.MutualEvaluationRate };
const myResults: MenuEntry = { path: '/my-results', label: '我的考核结果', icon: 'results', needs: Permission.ResultAcknowledge };
const dashboard: MenuEntry = { path: '/dashboard', label: '等次分布', icon: 'dashboard', needs: Permission.RoundRead };
const talentPool: MenuEntry = { path: '/talent-pool', label: '储备人才库', icon: 'talent-pool', needs: Permission.IncentiveRead };
const performance = (label: string, needs: Permission): MenuEntry => ({ path: '/performance', label, icon: 'performance', needs });
const units: MenuEntry = { path: '/units', label: '单位管理', icon: 'units', needs: Permission.UnitManage };
const users: MenuEntry = { path: '/users', label: '用户管理', icon: 'users', needs: Permission.UserManage };
const workRecords = (label: string): MenuEntry => ({ path: '/work-records', label, icon: 'work-records', needs: Permission.WorkRecordRead });

/**
 * Each role's side menu. What a page shows is scoped by the API (a host unit sees its
 * own cadres); the menu decides where each role goes.
 */
export const MENUS: Readonly<Record<Role, readonly MenuEntry[]>> = {
  [Role.OrgAdmin]: [cadres('干部名册'), batches, rosterImport, rounds, rubrics, dashboard, dossiers, talentPool, workRecords('工作纪实'), performance('业绩审核', Permission.PerformanceReview), units, users],
  [Role.OrgStaff]: [cadres('干部名册'), batches, rosterImport, rounds, rubrics, dashboard, dossiers, talentPool, workRecords('工作纪实'), performance('业绩审核', Permission.PerformanceReview)],
  [Role.Leader]: [approvals, dashboard, rounds, dossiers, talentPool, cadres('干部名册'), workRecords('工作纪实'), performance('业绩信息', Permission.PerformanceRead)],
  [Role.HostUnit]: [cadres('本单位挂职干部'), workRecords('工作纪实确认'), hostEvaluations, performance('业绩信息', Permission.PerformanceRead), dossiers],
  [Role.Certifier]: [certificates, cadres('招商一线干部')],
  [Role.Cadre]: [workRecords('我的工作纪实'), performance('我的业绩', Permission.PerformanceWrite), mutualEvaluations, myResults, myDossier],
};
