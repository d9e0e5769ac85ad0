import { Role } from './role';

/**
 * What a route may require. Routes name one permission each; roles are granted
 * permissions here and nowhere else.
 */
export enum Permission {
  UnitRead = 'unit:read',
  UnitManage = 'unit:manage',
  UserRead = 'user:read',
  UserManage = 'user:manage',
  AuditRead = 'audit:read',
  /** National ids and phone numbers unmasked. */
  PiiRead = 'pii:read',
  CadreRead = 'cadre:read',
  CadreManage = 'cadre:manage',
  BatchRead = 'batch:read',
  BatchManage = 'batch:manage',
  SecondmentRead = 'secondment:read',
  SecondmentManage = 'secondment:manage',
  RosterImport = 'roster:import',
  RosterExport = 'roster:export',
  RubricRead = 'rubric:read',
  RubricManage = 'rubric:manage',
  RoundRead = 'round:read',
  RoundManage = 'round:manage',
  AssessmentRead = 'assessment:read',
  ScoreEnter = 'score:enter',
  HostUnitEvaluate = 'host-unit:evaluate',
  BallotRead = 'ballot:read',
  BallotManage = 'ballot:manage',
  /** Approve or return a round's results. */
  RoundApprove = 'round:approve',
  WorkRecordRead = 'work-record:read',
  /** A cadre's own work records. */
  WorkRecordWrite = 'work-record:write',
  /** A host unit confirms or rejects its cadres' records. */
  WorkRecordReview = 'work-record:review',
  PerformanceRead = 'performance:read',
  /** A cadre's own achievements and evidence. */
  PerformanceWrite = 'performance:write',
  PerformanceReview = 'performance:review',
  /** Reopen a finalized result, with a reason. */
  AssessmentReopen = 'assessment:reopen',
  InterviewRecord = 'interview:record',
  /** A certifier issues its certificate (双出具). */
  CertificateIssue = 'certificate:issue',
  MutualEvaluationManage = 'mutual-evaluation:manage',
  /** A cadre rates the colleagues of their group. */
  MutualEvaluationRate = 'mutual-evaluation:rate',
  /** A cadre sees and acknowledges their own results, and may ask for a review. */
  ResultAcknowledge = 'result:acknowledge',
  /** A growth dossier and its one-click lookup (scoped: a host unit, its own secondments; a cadre, their own). */
  DossierRead = 'dossier:read',
  /** Materials, and the comprehensive appraisal while a draft. */
  DossierManage = 'dossier:manage',
  IncentiveRead = 'incentive:read',
  /** Confirm, amend or reject incentives and talent-pool proposals. */
  IncentiveManage = 'incentive:manage',
}

/** What only the host unit, or the cadre, may say: nobody says it for them. */
const OWN_VOICE: readonly Permission[] = [
  Permission.HostUnitEvaluate,
  Permission.WorkRecordWrite,
  Permission.WorkRecordReview,
  Permission.PerformanceWrite,
  Permission.CertificateIssue,
  Permission.MutualEvaluationRate,
  Permission.ResultAcknowledge,
];

const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // Everything but what only the host unit or the cadre may say for themselves.
  [Role.OrgAdmin]: Object.values(Permission).filter((p) => !OWN_VOICE.includes(p)),
  [Role.OrgStaff]: [
    Permission.UnitRead,
    Permission.PiiRead,
    Permission.CadreRead,
    Permission.CadreManage,
    Permission.BatchRead,
    Permission.BatchManage,
    Permission.SecondmentRead,
    Permission.SecondmentManage,
    Permission.RosterImport,
    Permission.RosterExport,
    Permission.RubricRead,
    Permission.RubricManage,
    Permission.RoundRead,
    Permission.RoundManage,
    Permission.AssessmentRead,
    Permission.ScoreEnter,
    Permission.BallotRead,
    Permission.BallotManage,
    Permission.WorkRecordRead,
    Permission.PerformanceRead,
    Permission.PerformanceReview,
    Permission.InterviewRecord,
    Permission.MutualEvaluationManage,
    Permission.DossierRead,
    Permission.DossierManage,
    Permission.IncentiveRead,
    Permission.IncentiveManage,
  ],
  [Role.Leader]: [
    Permission.UnitRead,
    Permission.AuditRead,
    Permission.CadreRead,
    Permission.BatchRead,
    Permission.SecondmentRead,
    Permission.RosterExport,
    Permission.RubricRead,
    Permission.RoundRead,
    Permission.AssessmentRead,
    Permission.BallotRead,
    Permission.RoundApprove,
    Permission.WorkRecordRead,
    Permission.PerformanceRead,
    Permission.AssessmentReopen,
    Permission.DossierRead,
    Permission.IncentiveRead,
  ],
  // Scoped roles: what they read is narrowed to their own objects (see scope.ts).
  [Role.HostUnit]: [
    Permission.CadreRead,
    Permission.BatchRead,
    Permission.SecondmentRead,
    Permission.AssessmentRead,
    Permission.HostUnitEvaluate,
    Permission.WorkRecordRead,
    Permission.WorkRecordReview,
    Permission.PerformanceRead,
    Permission.DossierRead,
  ],
  // Certifiers see the investment cadres of the rounds they certify, and issue certificates.
  [Role.Certifier]: [Permission.CadreRead, Permission.AssessmentRead, Permission.CertificateIssue],
  [Role.Cadre]: [
    Permission.CadreRead,
    Permission.BatchRead,
    Permission.SecondmentRead,
    Permission.WorkRecordRead,
    Permission.WorkRecordWrite,
    Permission.PerformanceRead,
    Permission.PerformanceWrite,
    Permission.MutualEvaluationRate,
    Permission.ResultAcknowledge,
    Permission.DossierRead,
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => hasPermission(role, permission));
}
