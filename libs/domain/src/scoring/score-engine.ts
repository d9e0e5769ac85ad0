import type { SecondmentCategory } from '../registry/vocabulary';
import { type Hundredths, Rating, RATING_LABELS, RATING_SOURCES, RATINGS, type RatingSource, type RubricDefinition, SCORE_SOURCE_LABELS, ScoreSource } from './rubric';
import { resolveSubItems } from './rubric-validation';

/** Counts per rating, e.g. the valid ballots of a democratic evaluation. */
export type RatingTally = Partial<Record<Rating, number>>;

export interface ScoringInputs {
  /** Scores people entered, by sub-item code, in hundredths. */
  entered: Readonly<Record<string, Hundredths | undefined>>;
  /** Ratings by source: ballots, the certificates, interviews, mutual evaluations. */
  ratings: Readonly<Partial<Record<RatingSource, RatingTally>>>;
}

export interface SubItemScore {
  itemCode: string;
  code: string;
  name: string;
  maxPoints: Hundredths;
  /** null when an input is missing or out of range; see `problems`. */
  points: Hundredths | null;
  sources: ScoreSource[];
  /** Where the number came from, in Chinese. */
  explanation: string;
}

export interface ItemScore {
  code: string;
  name: string;
  maxPoints: Hundredths;
  points: Hundredths | null;
}

export interface ScoreProblem {
  subItem: string;
  message: string;
}

export interface ScoreResult {
  subItems: SubItemScore[];
  items: ItemScore[];
  /** The exact sum of the items; null until every sub-item has a score. */
  total: Hundredths | null;
  problems: ScoreProblem[];
}

const COMPUTED: ReadonlySet<ScoreSource> = new Set(RATING_SOURCES);

function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

function format(value: Hundredths): string {
  return (value / 100).toFixed(2);
}

/**
 * Scores one assessment: each sub-item from its source under the category's
 * variant, each item and the total as exact sums. A missing or out-of-range input
 * leaves that sub-item (and its item and the total) null and is reported; it is
 * never counted as zero.
 */
/**
 * One rating source converted to points on its own (a democratic evaluation's
 * 折算得分): max × Σ weight × count / (100 × valid), rounded half up; null without a
 * valid rating. The engine does the same per share when a sub-item splits sources.
 */
export function ratingPoints(maxPoints: Hundredths, tally: RatingTally, weights: Readonly<Record<Rating, number>>): Hundredths | null {
  const counts = RATINGS.map((rating) => tally[rating] ?? 0);
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const weighted = RATINGS.reduce((sum, rating, i) => sum + BigInt(weights[rating]) * BigInt(counts[i]), 0n);
  return Number(roundHalfUp(BigInt(maxPoints) * weighted, 100n * BigInt(n)));
}

export function computeScore(rubric: RubricDefinition, category: SecondmentCategory, inputs: ScoringInputs): ScoreResult {
  const problems: ScoreProblem[] = [];
  const resolved = resolveSubItems(rubric, category);
  const known = new Set(resolved.map((s) => s.code));
  const computedCodes = new Set(resolved.filter((s) => s.sources.some((share) => COMPUTED.has(share.source))).map((s) => s.code));
  for (const code of Object.keys(inputs.entered)) {
    if (!known.has(code)) problems.push({ subItem: code, message: `细则中没有小项 ${code}` });
    // A typed value for a computed sub-item would be silently ignored; say so instead.
    else if (computedCodes.has(code) && inputs.entered[code] !== undefined) problems.push({ subItem: code, message: `小项 ${code} 由系统计算，不能人工录入` });
  }

  const subItems: SubItemScore[] = resolved.map((sub) => {
    const base = { itemCode: sub.itemCode, code: sub.code, name: sub.name, maxPoints: sub.maxPoints, sources: sub.sources.map((s) => s.source) };
    const fail = (message: string, explanation = message): SubItemScore => {
      problems.push({ subItem: sub.code, message });
      return { ...base, points: null, explanation };
    };

    if (sub.sources.length === 1 && !COMPUTED.has(sub.sources[0].source)) {
      const source = sub.sources[0].source;
      const value = inputs.entered[sub.code];
      if (value === undefined || value === null) return fail(`${sub.code} ${sub.name}：缺少${SCORE_SOURCE_LABELS[source]}`);
      if (!Number.isFinite(value)) return fail(`${sub.code} ${sub.name}：分数不是有效的数字`);
      if (!Number.isInteger(value)) return fail(`${sub.code} ${sub.name}：分数 ${value / 100} 最多保留两位小数`);
      if (value < 0 || value > sub.maxPoints) return fail(`${sub.code} ${sub.name}：分数 ${value / 100} 超出 0–${format(sub.maxPoints)} 的范围`);
      return { ...base, points: value, explanation: `${SCORE_SOURCE_LABELS[source]}：${format(value)}（满分 ${format(sub.maxPoints)}）` };
    }

    // Computed: max × Σ share × (Σ weight × count) / (100 × count), rounded half up once, at the sub-item.
    let numerator = 0n;
    let denominator = 1n;
    const parts: string[] = [];
    // Every shortfall of a split is reported, not only the first.
    const shortfalls: string[] = [];
    for (const share of sub.sources) {
      if (!COMPUTED.has(share.source)) return fail(`${sub.code} ${sub.name}：来源 ${share.source} 不能按比例计算`);
      const source = share.source as RatingSource;
      const tally = inputs.ratings[source] ?? {};
      const counts = RATINGS.map((rating) => tally[rating] ?? 0);
      if (!counts.every((c) => Number.isInteger(c) && c >= 0)) {
        shortfalls.push(`${SCORE_SOURCE_LABELS[source]}的票数须为非负整数`);
        continue;
      }
      const n = counts.reduce((a, b) => a + b, 0);
      const minimum = rubric.minimumRatings[source];
      if (!Number.isInteger(minimum) || minimum < 1) {
        shortfalls.push(`细则未设定${SCORE_SOURCE_LABELS[source]}的最少评价数`);
        continue;
      }
      if (n < minimum) {
        shortfalls.push(`${SCORE_SOURCE_LABELS[source]}有效评价 ${n} 个，至少需要 ${minimum} 个`);
        continue;
      }
      const weighted = RATINGS.reduce((sum, rating, i) => sum + BigInt(rubric.ratingWeights[rating]) * BigInt(counts[i]), 0n);
      // part = max × percent/100 × weighted / (100 × n)
      const partNumerator = BigInt(sub.maxPoints) * BigInt(share.percent) * weighted;
      const partDenominator = 100n * 100n * BigInt(n);
      numerator = numerator * partDenominator + partNumerator * denominator;
      denominator *= partDenominator;
      const described = RATINGS.map((rating, i) => `${RATING_LABELS[rating]} ${counts[i]}`).join('、');
      parts.push(`${SCORE_SOURCE_LABELS[source]}${sub.sources.length > 1 ? `（占${share.percent}%）` : ''}：${described}，共 ${n}`);
    }
    if (shortfalls.length > 0) return fail(`${sub.code} ${sub.name}：${shortfalls.join('；')}`);
    const value = Number(roundHalfUp(numerator, denominator));
    const weights = RATINGS.map((r) => `${RATING_LABELS[r]}×${(rubric.ratingWeights[r] / 100).toFixed(1)}`).join('＋');
    return {
      ...base,
      points: value,
      explanation: `${parts.join('；')}；${format(sub.maxPoints)} ×（${weights}）÷ 有效数 = ${format(value)}`,
    };
  });

  const items: ItemScore[] = rubric.items.map((item) => {
    const own = subItems.filter((s) => s.itemCode === item.code);
    const complete = own.every((s) => s.points !== null);
    return { code: item.code, name: item.name, maxPoints: item.maxPoints, points: complete ? own.reduce((sum, s) => sum + (s.points as number), 0) : null };
  });
  const total = items.every((i) => i.points !== null) ? items.reduce((sum, i) => sum + (i.points as number), 0) : null;
  return { subItems, items, total, problems };
}
