/** 考核轮次: what kind of assessment a round is. */
export enum RoundType {
  Quarterly = 'QUARTERLY',
  Special = 'SPECIAL',
  Final = 'FINAL',
}

export const ROUND_TYPE_LABELS: Readonly<Record<RoundType, string>> = {
  [RoundType.Quarterly]: '季度考核',
  [RoundType.Special]: '专项考核',
  [RoundType.Final]: '期满考核',
};

export enum RoundStatus {
  /** Set up, not yet opened: no assessments exist. */
  Created = 'CREATED',
  /** Opened: one assessment per ACTIVE secondment; inputs arrive. */
  Collecting = 'COLLECTING',
  Calibration = 'CALIBRATION',
  Submitted = 'SUBMITTED',
  Approved = 'APPROVED',
  Publicity = 'PUBLICITY',
  Finalized = 'FINALIZED',
}

/** How the console names each status of a round. */
export const ROUND_STATUS_LABELS: Readonly<Record<RoundStatus, string>> = {
  [RoundStatus.Created]: '未开启',
  [RoundStatus.Collecting]: '评分中',
  [RoundStatus.Calibration]: '校准中',
  [RoundStatus.Submitted]: '待审批',
  [RoundStatus.Approved]: '已审批',
  [RoundStatus.Publicity]: '公示中',
  [RoundStatus.Finalized]: '已办结',
};

export enum RoundAction {
  Open = 'OPEN',
  StartCalibration = 'START_CALIBRATION',
  Submit = 'SUBMIT',
  Approve = 'APPROVE',
  Return = 'RETURN',
  StartPublicity = 'START_PUBLICITY',
  Finalize = 'FINALIZE',
}

/** Each action as the console's buttons name it. */
export const ROUND_ACTION_LABELS: Readonly<Record<RoundAction, string>> = {
  [RoundAction.Open]: '开启考核',
  [RoundAction.StartCalibration]: '进入校准',
  [RoundAction.Submit]: '报送审批',
  [RoundAction.Approve]: '审批通过',
  [RoundAction.Return]: '退回重新校准',
  [RoundAction.StartPublicity]: '开始公示',
  [RoundAction.Finalize]: '办结',
};

/**
 * The round's life as data: which action moves it from which states to which.
 * Opening again while collecting is allowed (it only adds what is missing); a
 * leader's return sends a submitted round back to calibration.
 */
export const ROUND_TRANSITIONS: Readonly<Record<RoundAction, { from: readonly RoundStatus[]; to: RoundStatus }>> = {
  [RoundAction.Open]: { from: [RoundStatus.Created, RoundStatus.Collecting], to: RoundStatus.Collecting },
  [RoundAction.StartCalibration]: { from: [RoundStatus.Collecting], to: RoundStatus.Calibration },
  [RoundAction.Submit]: { from: [RoundStatus.Calibration], to: RoundStatus.Submitted },
  [RoundAction.Approve]: { from: [RoundStatus.Submitted], to: RoundStatus.Approved },
  [RoundAction.Return]: { from: [RoundStatus.Submitted], to: RoundStatus.Calibration },
  [RoundAction.StartPublicity]: { from: [RoundStatus.Approved], to: RoundStatus.Publicity },
  [RoundAction.Finalize]: { from: [RoundStatus.Publicity], to: RoundStatus.Finalized },
};

/** The status an action leads to from `status`, or null when it is not allowed there. */
export function nextRoundStatus(status: RoundStatus, action: RoundAction): RoundStatus | null {
  const transition = ROUND_TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

/** Inputs (scores, evaluations) may change only while the round collects them. */
export function acceptsInputs(status: RoundStatus): boolean {
  return status === RoundStatus.Collecting;
}

/**
 * "12 项考核缺少 3.2；3 项考核缺少 3.1": what keeps assessments from being scored,
 * counted per sub-item, most frequent first.
 */
export function missingSummary(missingByAssessment: ReadonlyMap<string, readonly string[]>): { subItem: string; assessments: number }[] {
  const counts = new Map<string, number>();
  for (const codes of missingByAssessment.values()) for (const code of new Set(codes)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()]
    .map(([subItem, assessments]) => ({ subItem, assessments }))
    .sort((a, b) => b.assessments - a.assessments || a.subItem.localeCompare(b.subItem));
}
