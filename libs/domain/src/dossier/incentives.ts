import { RoundType } from '../assessment/round-flow';

/**
 * The incentive proposed for a cadre graded Excellent (按照相关激励机制落实待遇), by the
 * kind of round. Org staff confirm, amend or reject each proposal; this is the text
 * they start from.
 */
export const INCENTIVE_MEASURES: Readonly<Record<RoundType, string>> = {
  [RoundType.Quarterly]: '季度考核优秀：在全区通报表扬，记入干部成长档案，作为年度考核评优的重要参考。',
  [RoundType.Special]: '专项考核优秀：按照相关激励机制落实待遇，在全区通报表扬，记入干部成长档案，同等条件下优先提拔使用。',
  [RoundType.Final]: '期满考核优秀：按照相关激励机制落实待遇，优先推荐提拔使用或晋升职级，列为储备人才重点人选。',
};

export enum IncentiveStatus {
  Proposed = 'PROPOSED',
  Confirmed = 'CONFIRMED',
  Rejected = 'REJECTED',
}

/** How the console names each status of an incentive. */
export const INCENTIVE_STATUS_LABELS: Readonly<Record<IncentiveStatus, string>> = {
  [IncentiveStatus.Proposed]: '拟激励',
  [IncentiveStatus.Confirmed]: '已落实',
  [IncentiveStatus.Rejected]: '未采纳',
};

export enum TalentPoolStatus {
  Proposed = 'PROPOSED',
  Confirmed = 'CONFIRMED',
  Declined = 'DECLINED',
}

/** How the console names each status of a talent-pool entry. */
export const TALENT_POOL_STATUS_LABELS: Readonly<Record<TalentPoolStatus, string>> = {
  [TalentPoolStatus.Proposed]: '已提名，待审定',
  [TalentPoolStatus.Confirmed]: '已纳入储备人才库',
  [TalentPoolStatus.Declined]: '未纳入',
};

/** Excellent in this many rounds or more: first in the talent pool (储备人才备选). */
export const TALENT_POOL_PRIORITY_ROUNDS = 2;
