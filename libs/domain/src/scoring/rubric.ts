import { SecondmentCategory } from '../registry/vocabulary';

/**
 * Points are integer hundredths everywhere in the engine (12.34 points = 1234), so
 * no sum ever drifts. `points(12.5)` and `toPoints(1250)` convert at the edges.
 */
export type Hundredths = number;

export function points(value: number): Hundredths {
  return Math.round(value * 100);
}

export function toPoints(value: Hundredths): number {
  return value / 100;
}

/** Where a sub-item's score comes from. */
export enum ScoreSource {
  /** Entered by the organization department's assessment team. */
  OrgStaff = 'ORG_STAFF',
  /** Entered by the host unit (用人单位评价). */
  HostUnit = 'HOST_UNIT',
  /** Computed from democratic-evaluation ballots (民主评议). */
  Ballots = 'BALLOTS',
  /** Computed from the two certificates (双出具). */
  Certificates = 'CERTIFICATES',
  /** Computed from service-recipient interviews (服务对象谈话). */
  Interviews = 'INTERVIEWS',
  /** Computed from centralized mutual evaluation (集中互评). */
  MutualEvaluation = 'MUTUAL_EVALUATION',
}

export const SCORE_SOURCE_LABELS: Readonly<Record<ScoreSource, string>> = {
  [ScoreSource.OrgStaff]: '组织部门评分',
  [ScoreSource.HostUnit]: '用人单位评价',
  [ScoreSource.Ballots]: '民主评议',
  [ScoreSource.Certificates]: '双出具',
  [ScoreSource.Interviews]: '服务对象谈话',
  [ScoreSource.MutualEvaluation]: '集中互评',
};

/** Sources whose score people enter; the others are computed from ratings. */
export const ENTERED_SOURCES: ReadonlySet<ScoreSource> = new Set([ScoreSource.OrgStaff, ScoreSource.HostUnit]);

export type RatingSource = ScoreSource.Ballots | ScoreSource.Certificates | ScoreSource.Interviews | ScoreSource.MutualEvaluation;

/** The sources computed from ratings: every source that is not entered. */
export const RATING_SOURCES: readonly RatingSource[] = Object.values(ScoreSource).filter((s): s is RatingSource => !ENTERED_SOURCES.has(s));

/** The four-grade scale of ballots, certificates, interviews and mutual evaluation. */
export enum Rating {
  Excellent = 'EXCELLENT',
  Competent = 'COMPETENT',
  BasicallyCompetent = 'BASICALLY_COMPETENT',
  Incompetent = 'INCOMPETENT',
}

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  [Rating.Excellent]: '优秀',
  [Rating.Competent]: '称职',
  [Rating.BasicallyCompetent]: '基本称职',
  [Rating.Incompetent]: '不称职',
};

export const RATINGS: readonly Rating[] = [Rating.Excellent, Rating.Competent, Rating.BasicallyCompetent, Rating.Incompetent];

export interface RubricSubItem {
  /** `3.1` */
  code: string;
  name: string;
  maxPoints: Hundredths;
  guidance: string;
  source: ScoreSource;
}

export interface RubricItem {
  /** `3` */
  code: string;
  name: string;
  /** 查…: what is checked. */
  check: string;
  /** 看…: what it shows. */
  look: string;
  maxPoints: Hundredths;
  subItems: RubricSubItem[];
}

/** A share of a sub-item's points taken from one source, in percent. */
export interface SourceShare {
  source: ScoreSource;
  percent: number;
}

/** How a category departs from the standard rubric for one sub-item. */
export interface RubricVariant {
  subItemCode: string;
  /** A new name, e.g. 双出具评定 for 3.1 of an investment-promotion cadre. */
  name?: string;
  /** The sources and their shares (summing to 100), replacing the sub-item's own source. */
  sources: SourceShare[];
}

/** What a category needs, besides the points, before it may be graded Excellent. */
export enum ExcellentRequirement {
  /** MAJOR_PROJECT: recommended by the comparative recommendation (比对推荐). */
  Recommended = 'RECOMMENDED',
  /** INVESTMENT_PROMOTION: both certificates issued (双出具). */
  BothCertificates = 'BOTH_CERTIFICATES',
}

export interface GradeThresholds {
  /** At or above: may be Excellent. */
  excellent: Hundredths;
  competent: Hundredths;
  basicallyCompetent: Hundredths;
}

export interface RubricDefinition {
  items: RubricItem[];
  thresholds: GradeThresholds;
  /** Each rating's weight in percent: 优秀 100, 称职 80, 基本称职 60, 不称职 0. */
  ratingWeights: Readonly<Record<Rating, number>>;
  /** The fewest ratings a computed source needs before it yields a score. */
  minimumRatings: Readonly<Record<RatingSource, number>>;
  variants: Readonly<Record<SecondmentCategory, RubricVariant[]>>;
  excellentRequirements: Readonly<Record<SecondmentCategory, ExcellentRequirement[]>>;
}
