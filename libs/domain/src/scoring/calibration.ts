import type { SecondmentCategory } from '../registry/vocabulary';
import { ExcellentRequirement, type Hundredths, type RubricDefinition } from './rubric';

export enum Grade {
  Excellent = 'EXCELLENT',
  Competent = 'COMPETENT',
  BasicallyCompetent = 'BASICALLY_COMPETENT',
  Incompetent = 'INCOMPETENT',
}

export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  [Grade.Excellent]: '优秀',
  [Grade.Competent]: '称职',
  [Grade.BasicallyCompetent]: '基本称职',
  [Grade.Incompetent]: '不称职',
};

/** A round's Excellent quota: a number of people, or a percentage of the graded, rounded down. */
export type Quota = { readonly kind: 'COUNT'; readonly count: number } | { readonly kind: 'PERCENT'; readonly percent: number };

export interface CalibrationCandidate {
  id: string;
  category: SecondmentCategory;
  /** null while scoring is unfinished. */
  total: Hundredths | null;
  /** A disciplinary sanction or another veto (一票否决): never Excellent. */
  veto?: boolean;
  /** 不定等次, with the reason (under sanction, too short a secondment…). */
  notGradedReason?: string | null;
  /** MAJOR_PROJECT: recommended by the comparative recommendation. */
  recommended?: boolean;
  /** INVESTMENT_PROMOTION: how many of the two certificates are issued. */
  certificatesIssued?: number;
}

export enum ProposalStatus {
  Graded = 'GRADED',
  NotGraded = 'NOT_GRADED',
  /** Scoring is unfinished: no grade can be proposed. */
  Incomplete = 'INCOMPLETE',
  /** Tied with others at the quota line, more of them than places left: a person decides. */
  TieAtQuota = 'TIE_AT_QUOTA',
}

export interface GradeProposal {
  id: string;
  total: Hundredths | null;
  /** Competition ranking (1, 2, 2, 4) among the graded; null for the others. */
  rank: number | null;
  grade: Grade | null;
  status: ProposalStatus;
  /** Why, in Chinese, step by step. */
  reasons: string[];
}

export interface Calibration {
  proposals: GradeProposal[];
  /** Excellent places under the quota. */
  quota: number;
  excellent: number;
  /** The tie at the quota line, when there is one. */
  tie: { ids: string[]; places: number } | null;
}

/** How many may be Excellent among `graded` assessments. */
export function quotaCount(quota: Quota, graded: number): number {
  const places = quota.kind === 'COUNT' ? Math.floor(quota.count) : Math.floor((quota.percent * graded) / 100);
  return Number.isFinite(places) ? Math.max(0, Math.min(places, graded)) : 0;
}

const fmt = (value: Hundredths) => (value / 100).toFixed(2);

function thresholdGrade(total: Hundredths, t: RubricDefinition['thresholds']): Grade {
  if (total >= t.excellent) return Grade.Excellent;
  if (total >= t.competent) return Grade.Competent;
  if (total >= t.basicallyCompetent) return Grade.BasicallyCompetent;
  return Grade.Incompetent;
}

const REQUIREMENT_TEXT: Readonly<Record<ExcellentRequirement, string>> = {
  [ExcellentRequirement.Recommended]: '未经比对推荐为优秀人选',
  [ExcellentRequirement.BothCertificates]: '双出具尚未全部出具',
};

/** Why this candidate may not be Excellent under the category's requirements (none: it may). */
export function unmetExcellentRequirements(
  rubric: Pick<RubricDefinition, 'excellentRequirements'>,
  c: Pick<CalibrationCandidate, 'category' | 'recommended' | 'certificatesIssued'>,
): string[] {
  return (rubric.excellentRequirements[c.category] ?? [])
    .filter((requirement) => {
      switch (requirement) {
        case ExcellentRequirement.Recommended:
          return c.recommended !== true;
        case ExcellentRequirement.BothCertificates:
          return (c.certificatesIssued ?? 0) < 2;
      }
    })
    .map((requirement) => REQUIREMENT_TEXT[requirement]);
}

/**
 * Proposes a grade for every assessment of a round: thresholds first, then who may
 * be Excellent at all, then the quota by rank. Where people tied on the same total
 * straddle the quota line, none of them is chosen: they are flagged for a human
 * decision. The outcome depends only on the candidates, not on their order.
 */
export function calibrate(
  rubric: Pick<RubricDefinition, 'thresholds' | 'excellentRequirements'>,
  candidates: readonly CalibrationCandidate[],
  quota: Quota,
): Calibration {
  const proposals = new Map<string, GradeProposal>();
  const graded: (CalibrationCandidate & { total: Hundredths })[] = [];
  for (const c of candidates) {
    if (c.notGradedReason) {
      proposals.set(c.id, { id: c.id, total: c.total, rank: null, grade: null, status: ProposalStatus.NotGraded, reasons: [`不定等次：${c.notGradedReason}`] });
    } else if (c.total === null) {
      proposals.set(c.id, { id: c.id, total: null, rank: null, grade: null, status: ProposalStatus.Incomplete, reasons: ['评分尚未完成'] });
    } else {
      graded.push({ ...c, total: c.total });
    }
  }

  const places = quotaCount(quota, graded.length);
  const byTotal = [...graded].sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rankOf = new Map<string, number>();
  byTotal.forEach((c, i) => rankOf.set(c.id, i > 0 && byTotal[i - 1].total === c.total ? (rankOf.get(byTotal[i - 1].id) as number) : i + 1));

  const eligible: typeof graded = [];
  for (const c of byTotal) {
    const reasons = [`总分 ${fmt(c.total)}，排名第 ${rankOf.get(c.id)}`];
    let grade = thresholdGrade(c.total, rubric.thresholds);
    if (grade === Grade.Excellent) {
      const barred = [...(c.veto ? ['受处分或一票否决'] : []), ...unmetExcellentRequirements(rubric, c)];
      if (barred.length > 0) {
        grade = Grade.Competent;
        reasons.push(`达到优秀分数线（${fmt(rubric.thresholds.excellent)}），但${barred.join('、')}，不得评为优秀`);
      } else {
        eligible.push(c);
      }
    } else {
      reasons.push(`对应等次：${GRADE_LABELS[grade]}`);
    }
    proposals.set(c.id, { id: c.id, total: c.total, rank: rankOf.get(c.id) as number, grade, status: ProposalStatus.Graded, reasons });
  }

  // Hand out the Excellent places by total, one group of equal totals at a time.
  let given = 0;
  let tie: Calibration['tie'] = null;
  for (let i = 0; i < eligible.length; ) {
    let j = i;
    while (j < eligible.length && eligible[j].total === eligible[i].total) j++;
    const group = eligible.slice(i, j);
    // Once a tie holds the last places, nobody below it is Excellent.
    const left: number = tie ? 0 : places - given;
    for (const c of group) {
      const proposal = proposals.get(c.id) as GradeProposal;
      if (group.length <= left) {
        proposal.grade = Grade.Excellent;
        proposal.reasons.push(`达到优秀分数线，在优秀名额（${places}）内`);
      } else if (left > 0) {
        proposal.grade = null;
        proposal.status = ProposalStatus.TieAtQuota;
        proposal.reasons.push(`与另外 ${group.length - 1} 人同分，优秀名额仅余 ${left} 个，须人工决定`);
      } else {
        proposal.grade = Grade.Competent;
        proposal.reasons.push(`达到优秀分数线，但优秀名额（${places}）已满，评为称职`);
      }
    }
    if (group.length <= left) given += group.length;
    else if (left > 0) tie = { ids: group.map((c) => c.id), places: left };
    i = j;
  }

  const ordered = [...proposals.values()].sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { proposals: ordered, quota: places, excellent: given, tie };
}

/**
 * The proposal for one result fixed again (重新定等) after the rest of its round was
 * finalized: made within the Excellent places the others leave (one, when exceeding the
 * quota was approved), so "as proposed" never asks for a place another holds.
 */
export function proposeAgain(
  rubric: Pick<RubricDefinition, 'thresholds' | 'excellentRequirements'>,
  candidate: CalibrationCandidate,
  quota: Quota,
  others: readonly { grade: Grade | null }[],
  quotaApproved: boolean,
): { proposal: GradeProposal; places: number; excellentOthers: number; left: number } {
  const places = quotaCount(quota, others.filter((o) => o.grade !== null).length + 1);
  const excellentOthers = others.filter((o) => o.grade === Grade.Excellent).length;
  const left = quotaApproved ? 1 : Math.max(0, places - excellentOthers);
  const proposal = calibrate(rubric, [candidate], { kind: 'COUNT', count: left }).proposals[0];
  return { proposal, places, excellentOthers, left };
}
