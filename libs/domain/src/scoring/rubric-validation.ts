import { SECONDMENT_CATEGORY, SecondmentCategory } from '../registry/vocabulary';
import { ENTERED_SOURCES, RATING_SOURCES, RATINGS, type RubricDefinition, type RubricSubItem, SCORE_SOURCE_LABELS, ScoreSource, type SourceShare } from './rubric';

export interface RubricProblem {
  /** Where: `items[2].subItems[0].maxPoints`, `variants.STATE_ENTERPRISE[0]`… */
  path: string;
  message: string;
}

export interface ResolvedSubItem {
  itemCode: string;
  code: string;
  name: string;
  maxPoints: number;
  guidance: string;
  sources: SourceShare[];
}

const CATEGORIES = Object.values(SecondmentCategory);
const SOURCES = new Set<string>(Object.values(ScoreSource));
const isPositiveInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;
const isPercent = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100;

/**
 * The sub-items as a category sees them: its variant may rename a sub-item and
 * replace its source, or split its points between sources.
 */
export function resolveSubItems(rubric: RubricDefinition, category: SecondmentCategory): ResolvedSubItem[] {
  const variants = new Map((rubric.variants[category] ?? []).map((v) => [v.subItemCode, v]));
  return rubric.items.flatMap((item) =>
    item.subItems.map((sub: RubricSubItem) => {
      const variant = variants.get(sub.code);
      return {
        itemCode: item.code,
        code: sub.code,
        name: variant?.name ?? sub.name,
        maxPoints: sub.maxPoints,
        guidance: sub.guidance,
        sources: variant ? variant.sources : [{ source: sub.source, percent: 100 }],
      };
    }),
  );
}

/**
 * Why a rubric cannot be published, every reason at once (in Chinese, for the people
 * who tune it); empty when it can.
 */
export function rubricProblems(rubric: RubricDefinition): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  if (!Array.isArray(rubric.items) || rubric.items.length === 0) add('items', '至少需要一个大项');
  const subCodes = new Set<string>();
  const itemCodes = new Set<string>();
  let total = 0;
  rubric.items.forEach((item, i) => {
    const at = `items[${i}]`;
    if (itemCodes.has(item.code)) add(`${at}.code`, `大项编号 ${item.code} 重复`);
    itemCodes.add(item.code);
    if (!item.name?.trim()) add(`${at}.name`, '大项名称不能为空');
    if (!isPositiveInt(item.maxPoints)) add(`${at}.maxPoints`, '分值须为正数（以0.01分计的整数）');
    if (!Array.isArray(item.subItems) || item.subItems.length === 0) {
      add(`${at}.subItems`, `大项 ${item.code} 至少需要一个小项`);
      return;
    }
    let sum = 0;
    item.subItems.forEach((sub, j) => {
      const subAt = `${at}.subItems[${j}]`;
      if (subCodes.has(sub.code)) add(`${subAt}.code`, `小项编号 ${sub.code} 重复`);
      subCodes.add(sub.code);
      if (!sub.code.startsWith(`${item.code}.`)) add(`${subAt}.code`, `小项编号 ${sub.code} 应以 ${item.code}. 开头`);
      if (!sub.name?.trim()) add(`${subAt}.name`, '小项名称不能为空');
      if (!isPositiveInt(sub.maxPoints)) add(`${subAt}.maxPoints`, '分值须为正数（以0.01分计的整数）');
      if (!SOURCES.has(sub.source)) add(`${subAt}.source`, `未知的评分来源 ${String(sub.source)}`);
      sum += sub.maxPoints;
    });
    if (sum !== item.maxPoints) {
      add(`${at}.maxPoints`, `大项 ${item.code} 分值 ${item.maxPoints / 100} 与其小项分值之和 ${sum / 100} 不等`);
    }
    total += item.maxPoints;
  });
  if (total !== 10_000) add('items', `各大项分值之和为 ${total / 100}，应为 100`);

  const { excellent, competent, basicallyCompetent } = rubric.thresholds;
  if (![excellent, competent, basicallyCompetent].every((t) => Number.isInteger(t) && t >= 0 && t <= 10_000)) {
    add('thresholds', '等次分数线须在 0 到 100 之间');
  } else if (!(basicallyCompetent <= competent && competent <= excellent)) {
    add('thresholds', '等次分数线须满足 优秀 ≥ 称职 ≥ 基本称职');
  }

  const weights = RATINGS.map((r) => rubric.ratingWeights[r]);
  if (!weights.every(isPercent)) add('ratingWeights', '折算系数须为 0 到 100 的整数（百分比）');
  else if (!weights.every((w, i) => i === 0 || weights[i - 1] >= w)) add('ratingWeights', '折算系数须满足 优秀 ≥ 称职 ≥ 基本称职 ≥ 不称职');

  for (const source of RATING_SOURCES) {
    if (!isPositiveInt(rubric.minimumRatings?.[source])) add(`minimumRatings.${source}`, `${SCORE_SOURCE_LABELS[source]}的最少评价数须为正整数`);
  }

  for (const category of CATEGORIES) {
    const variants = rubric.variants[category];
    if (!Array.isArray(variants)) {
      add(`variants.${category}`, `缺少类别“${SECONDMENT_CATEGORY.label(category)}”的设置`);
      continue;
    }
    if (!Array.isArray(rubric.excellentRequirements?.[category])) {
      add(`excellentRequirements.${category}`, `缺少类别“${SECONDMENT_CATEGORY.label(category)}”的优秀条件`);
    }
    const seen = new Set<string>();
    variants.forEach((variant, k) => {
      const at = `variants.${category}[${k}]`;
      if (!subCodes.has(variant.subItemCode)) add(`${at}.subItemCode`, `没有编号为 ${variant.subItemCode} 的小项`);
      if (seen.has(variant.subItemCode)) add(`${at}.subItemCode`, `小项 ${variant.subItemCode} 的变体重复`);
      seen.add(variant.subItemCode);
      if (!Array.isArray(variant.sources) || variant.sources.length === 0) {
        add(`${at}.sources`, '至少需要一个评分来源');
        return;
      }
      const percentSum = variant.sources.reduce((sum, share) => sum + share.percent, 0);
      if (!variant.sources.every((share) => SOURCES.has(share.source) && isPositiveInt(share.percent))) {
        add(`${at}.sources`, '评分来源须为已知来源，占比须为正整数');
      } else if (percentSum !== 100) {
        add(`${at}.sources`, `各来源占比之和为 ${percentSum}%，应为 100%`);
      }
      if (new Set(variant.sources.map((s) => s.source)).size !== variant.sources.length) add(`${at}.sources`, '评分来源重复');
      // A score people enter cannot be pro-rated against a computed one.
      if (variant.sources.length > 1 && variant.sources.some((s) => ENTERED_SOURCES.has(s.source))) {
        add(`${at}.sources`, '人工评分来源不能与其他来源按比例拆分');
      }
    });
  }
  return problems;
}
