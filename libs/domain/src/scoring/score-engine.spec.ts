import { SecondmentCategory } from '../registry/vocabulary';
import { calibrate, Grade } from './calibration';
import { DEFAULT_RUBRIC } from './default-rubric';
import { type Hundredths, Rating, type RubricDefinition, ScoreSource } from './rubric';
import { computeScore, type RatingTally, ratingPoints, type ScoreResult, type ScoringInputs } from './score-engine';

// All numbers are integer hundredths: 7.50 points = 750.

/** A tally in the order of the ballot form: 优秀 / 称职 / 基本称职 / 不称职. */
const tally = (excellent: number, competent: number, basically: number, incompetent: number): RatingTally => ({
  [Rating.Excellent]: excellent,
  [Rating.Competent]: competent,
  [Rating.BasicallyCompetent]: basically,
  [Rating.Incompetent]: incompetent,
});

const subPoints = (r: ScoreResult): Record<string, Hundredths | null> => Object.fromEntries(r.subItems.map((s) => [s.code, s.points]));
const itemPoints = (r: ScoreResult): Record<string, Hundredths | null> => Object.fromEntries(r.items.map((i) => [i.code, i.points]));
const sub = (r: ScoreResult, code: string) => {
  const found = r.subItems.find((s) => s.code === code);
  if (!found) throw new Error(`no sub-item ${code}`);
  return found;
};
const clone = (): RubricDefinition => structuredClone(DEFAULT_RUBRIC);

/** The twelve entered sub-items (every one but 3.1), a strong cadre. Item sums without item 3 = 7535. */
const STRONG = {
  '1.1': 750, '1.2': 580, '1.3': 600, // item 1 = 7.50 + 5.80 + 6.00 = 19.30
  '2.1': 1120, '2.2': 905, '2.3': 700, // item 2 = 11.20 + 9.05 + 7.00 = 27.25
  '3.2': 950, // item 3 = 3.1 + 9.50
  '4.1': 760, '4.2': 665, // item 4 = 7.60 + 6.65 = 14.25
  '5.1': 500, '5.2': 470, '5.3': 485, // item 5 = 5.00 + 4.70 + 4.85 = 14.55
} as const;
/** A middling cadre. Items 1, 2, 4, 5 = 15.50 + 21.50 + 12.00 + 12.50 = 61.50. */
const MIDDLE = {
  '1.1': 600, '1.2': 450, '1.3': 500, // item 1 = 6.00 + 4.50 + 5.00 = 15.50
  '2.1': 900, '2.2': 750, '2.3': 500, // item 2 = 9.00 + 7.50 + 5.00 = 21.50
  '3.2': 800, // item 3 = 3.1 + 8.00
  '4.1': 640, '4.2': 560, // item 4 = 6.40 + 5.60 = 12.00
  '5.1': 450, '5.2': 400, '5.3': 400, // item 5 = 4.50 + 4.00 + 4.00 = 12.50
} as const;
/** A weak cadre. Items 1, 2, 4, 5 = 10.60 + 13.40 + 9.00 + 8.50 = 41.50. */
const WEAK = {
  '1.1': 400, '1.2': 300, '1.3': 360, // item 1 = 4.00 + 3.00 + 3.60 = 10.60
  '2.1': 600, '2.2': 500, '2.3': 240, // item 2 = 6.00 + 5.00 + 2.40 = 13.40
  '3.2': 600, // item 3 = 3.1 + 6.00
  '4.1': 480, '4.2': 420, // item 4 = 4.80 + 4.20 = 9.00
  '5.1': 300, '5.2': 250, '5.3': 300, // item 5 = 3.00 + 2.50 + 3.00 = 8.50
} as const;
/** Every entered sub-item at its maximum: 100 − 10 (3.1) = 90.00. */
const FULL = {
  '1.1': 800, '1.2': 600, '1.3': 600,
  '2.1': 1200, '2.2': 1000, '2.3': 800,
  '3.2': 1000,
  '4.1': 800, '4.2': 700,
  '5.1': 500, '5.2': 500, '5.3': 500,
} as const;
const ZERO: Record<string, number> = Object.fromEntries(Object.keys(FULL).map((code) => [code, 0]));

interface Scenario {
  name: string;
  entered: Readonly<Record<string, number>>;
  ratings: ScoringInputs['ratings'];
  /** Expected points of all 13 sub-items. */
  subItems: Record<string, number>;
  items: Record<string, number>;
  total: number;
  /** The grade a lone candidate would be proposed, with every Excellent requirement met. */
  grade: Grade;
}

const SCENARIOS: Record<SecondmentCategory, Scenario[]> = {
  [SecondmentCategory.Grassroots]: [
    {
      // 3.1 = 10 × (30×1.0 + 10×0.8 + 2×0.6 + 0×0) / 42 = 10 × 39.2 / 42 = 9.3333… → 9.33
      // total = 19.30 + 27.25 + (9.33 + 9.50) + 14.25 + 14.55 = 94.18
      name: 'strong, 30/10/2/0 ballots',
      entered: STRONG,
      ratings: { [ScoreSource.Ballots]: tally(30, 10, 2, 0) },
      subItems: { ...STRONG, '3.1': 933 },
      items: { '1': 1930, '2': 2725, '3': 1883, '4': 1425, '5': 1455 },
      total: 9418,
      grade: Grade.Excellent,
    },
    {
      // 3.1 = 10 × (2×1.0 + 10×0.8 + 20×0.6 + 10×0) / 42 = 10 × 22 / 42 = 5.2381 → 5.24
      // total = 10.60 + 13.40 + (5.24 + 6.00) + 9.00 + 8.50 = 52.74
      name: 'weak, 2/10/20/10 ballots',
      entered: WEAK,
      ratings: { [ScoreSource.Ballots]: tally(2, 10, 20, 10) },
      subItems: { ...WEAK, '3.1': 524 },
      items: { '1': 1060, '2': 1340, '3': 1124, '4': 900, '5': 850 },
      total: 5274,
      grade: Grade.Incompetent,
    },
    {
      // 3.1 = 10 × 42 / 42 = 10; total = 90 + 10 = 100
      name: 'every maximum, every ballot 优秀',
      entered: FULL,
      ratings: { [ScoreSource.Ballots]: tally(42, 0, 0, 0) },
      subItems: { ...FULL, '3.1': 1000 },
      items: { '1': 2000, '2': 3000, '3': 2000, '4': 1500, '5': 1500 },
      total: 10000,
      grade: Grade.Excellent,
    },
    {
      // 3.1 = 10 × 0 / 42 = 0; total = 0
      name: 'every zero, every ballot 不称职',
      entered: ZERO,
      ratings: { [ScoreSource.Ballots]: tally(0, 0, 0, 42) },
      subItems: { ...ZERO, '3.1': 0 },
      items: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
      total: 0,
      grade: Grade.Incompetent,
    },
  ],
  [SecondmentCategory.MajorProject]: [
    {
      // 3.1 = 10 × (20×1.0 + 15×0.8 + 5×0.6 + 2×0) / 42 = 10 × 35 / 42 = 8.3333 → 8.33
      // total = 15.50 + 21.50 + (8.33 + 8.00) + 12.00 + 12.50 = 77.83
      name: 'middling, 20/15/5/2 ballots',
      entered: MIDDLE,
      ratings: { [ScoreSource.Ballots]: tally(20, 15, 5, 2) },
      subItems: { ...MIDDLE, '3.1': 833 },
      items: { '1': 1550, '2': 2150, '3': 1633, '4': 1200, '5': 1250 },
      total: 7783,
      grade: Grade.Competent,
    },
    {
      // 3.1 = 10 × (40×1.0 + 2×0.8) / 42 = 10 × 41.6 / 42 = 9.9048 → 9.90
      // total = 19.30 + 27.25 + (9.90 + 9.50) + 14.25 + 14.55 = 94.75
      name: 'strong, 40/2/0/0 ballots',
      entered: STRONG,
      ratings: { [ScoreSource.Ballots]: tally(40, 2, 0, 0) },
      subItems: { ...STRONG, '3.1': 990 },
      items: { '1': 1930, '2': 2725, '3': 1940, '4': 1425, '5': 1455 },
      total: 9475,
      grade: Grade.Excellent,
    },
    {
      // 3.1 = 0; total = 90.00 exactly: at the Excellent line
      name: 'every entered maximum, every ballot 不称职: exactly 90.00',
      entered: FULL,
      ratings: { [ScoreSource.Ballots]: tally(0, 0, 0, 12) },
      subItems: { ...FULL, '3.1': 0 },
      items: { '1': 2000, '2': 3000, '3': 1000, '4': 1500, '5': 1500 },
      total: 9000,
      grade: Grade.Excellent,
    },
    {
      // as above with 5.3 = 4.99: total = 89.99, one hundredth below the line
      name: 'one hundredth below the Excellent line: 89.99',
      entered: { ...FULL, '5.3': 499 },
      ratings: { [ScoreSource.Ballots]: tally(0, 0, 0, 12) },
      subItems: { ...FULL, '5.3': 499, '3.1': 0 },
      items: { '1': 2000, '2': 3000, '3': 1000, '4': 1500, '5': 1499 },
      total: 8999,
      grade: Grade.Competent,
    },
  ],
  [SecondmentCategory.InvestmentPromotion]: [
    {
      // 3.1 双出具 = 10 × (1.0 + 0.8) / 2 = 9.00; the 40 不称职 ballots are not this category's source
      // total = 19.30 + 27.25 + (9.00 + 9.50) + 14.25 + 14.55 = 93.85
      name: 'strong, certificates 优秀 + 称职 (ballots ignored)',
      entered: STRONG,
      ratings: { [ScoreSource.Certificates]: tally(1, 1, 0, 0), [ScoreSource.Ballots]: tally(0, 0, 0, 40) },
      subItems: { ...STRONG, '3.1': 900 },
      items: { '1': 1930, '2': 2725, '3': 1850, '4': 1425, '5': 1455 },
      total: 9385,
      grade: Grade.Excellent,
    },
    {
      // 3.1 = 10 × (0.8 + 0.6) / 2 = 7.00; total = 15.50 + 21.50 + (7.00 + 8.00) + 12.00 + 12.50 = 76.50
      name: 'middling, certificates 称职 + 基本称职',
      entered: MIDDLE,
      ratings: { [ScoreSource.Certificates]: tally(0, 1, 1, 0) },
      subItems: { ...MIDDLE, '3.1': 700 },
      items: { '1': 1550, '2': 2150, '3': 1500, '4': 1200, '5': 1250 },
      total: 7650,
      grade: Grade.Competent,
    },
    {
      // 3.1 = 10 × (0.6 + 0) / 2 = 3.00; total = 10.60 + 13.40 + (3.00 + 6.00) + 9.00 + 8.50 = 50.50
      name: 'weak, certificates 基本称职 + 不称职',
      entered: WEAK,
      ratings: { [ScoreSource.Certificates]: tally(0, 0, 1, 1) },
      subItems: { ...WEAK, '3.1': 300 },
      items: { '1': 1060, '2': 1340, '3': 900, '4': 900, '5': 850 },
      total: 5050,
      grade: Grade.Incompetent,
    },
    {
      // 3.1 = 10 × (1.0 + 1.0) / 2 = 10; total = 100
      name: 'every maximum, both certificates 优秀',
      entered: FULL,
      ratings: { [ScoreSource.Certificates]: tally(2, 0, 0, 0) },
      subItems: { ...FULL, '3.1': 1000 },
      items: { '1': 2000, '2': 3000, '3': 2000, '4': 1500, '5': 1500 },
      total: 10000,
      grade: Grade.Excellent,
    },
  ],
  [SecondmentCategory.StateEnterprise]: [
    {
      // ballots half    = 5 × (10×1.0 + 20×0.8) / 30 = 5 × 26 / 30 = 4.3333…
      // interviews half = 5 × (1×1.0 + 2×0.8) / 3  = 5 × 2.6 / 3 = 4.3333…
      // 3.1 = 8.6667 → 8.67 (rounding each half first would give 4.33 + 4.33 = 8.66)
      // total = 15.50 + 21.50 + (8.67 + 8.00) + 12.00 + 12.50 = 78.17
      name: 'middling, ballots 10/20/0/0, interviews 1/2/0/0',
      entered: MIDDLE,
      ratings: { [ScoreSource.Ballots]: tally(10, 20, 0, 0), [ScoreSource.Interviews]: tally(1, 2, 0, 0) },
      subItems: { ...MIDDLE, '3.1': 867 },
      items: { '1': 1550, '2': 2150, '3': 1667, '4': 1200, '5': 1250 },
      total: 7817,
      grade: Grade.Competent,
    },
    {
      // ballots half = 5 × 39.2 / 42 = 4.6667; interviews half = 5 × 3 / 3 = 5; 3.1 = 9.6667 → 9.67
      // total = 19.30 + 27.25 + (9.67 + 9.50) + 14.25 + 14.55 = 94.52
      name: 'strong, ballots 30/10/2/0, interviews 3/0/0/0',
      entered: STRONG,
      ratings: { [ScoreSource.Ballots]: tally(30, 10, 2, 0), [ScoreSource.Interviews]: tally(3, 0, 0, 0) },
      subItems: { ...STRONG, '3.1': 967 },
      items: { '1': 1930, '2': 2725, '3': 1917, '4': 1425, '5': 1455 },
      total: 9452,
      grade: Grade.Excellent,
    },
    {
      // each half = 5 × 1 / 8 = 0.625; 3.1 = 1.25 exactly (rounding each half first would give 0.63 + 0.63 = 1.26)
      // total = 10.60 + 13.40 + (1.25 + 6.00) + 9.00 + 8.50 = 48.75
      name: 'weak, ballots 1/0/0/7, interviews 1/0/0/7',
      entered: WEAK,
      ratings: { [ScoreSource.Ballots]: tally(1, 0, 0, 7), [ScoreSource.Interviews]: tally(1, 0, 0, 7) },
      subItems: { ...WEAK, '3.1': 125 },
      items: { '1': 1060, '2': 1340, '3': 725, '4': 900, '5': 850 },
      total: 4875,
      grade: Grade.Incompetent,
    },
    {
      // 3.1 = 5 × 1 + 5 × 1 = 10; total = 100
      name: 'every maximum, all 优秀',
      entered: FULL,
      ratings: { [ScoreSource.Ballots]: tally(42, 0, 0, 0), [ScoreSource.Interviews]: tally(5, 0, 0, 0) },
      subItems: { ...FULL, '3.1': 1000 },
      items: { '1': 2000, '2': 3000, '3': 2000, '4': 1500, '5': 1500 },
      total: 10000,
      grade: Grade.Excellent,
    },
  ],
  [SecondmentCategory.KeyTask]: [
    {
      // 3.1 集中互评 = 10 × (5×1.0 + 4×0.8 + 2×0.6) / 11 = 10 × 9.4 / 11 = 8.5455 → 8.55; ballots are not its source
      // total = 19.30 + 27.25 + (8.55 + 9.50) + 14.25 + 14.55 = 93.40
      name: 'strong, mutual evaluation 5/4/2/0 (ballots ignored)',
      entered: STRONG,
      ratings: { [ScoreSource.MutualEvaluation]: tally(5, 4, 2, 0), [ScoreSource.Ballots]: tally(0, 0, 0, 30) },
      subItems: { ...STRONG, '3.1': 855 },
      items: { '1': 1930, '2': 2725, '3': 1805, '4': 1425, '5': 1455 },
      total: 9340,
      grade: Grade.Excellent,
    },
    {
      // 3.1 = 0; total = 61.50 + 8.00 = 69.50: 基本称职
      name: 'middling, every mutual rating 不称职',
      entered: MIDDLE,
      ratings: { [ScoreSource.MutualEvaluation]: tally(0, 0, 0, 11) },
      subItems: { ...MIDDLE, '3.1': 0 },
      items: { '1': 1550, '2': 2150, '3': 800, '4': 1200, '5': 1250 },
      total: 6950,
      grade: Grade.BasicallyCompetent,
    },
    {
      // 3.1 = 10 × (3×0.8 + 5×0.6) / 11 = 10 × 5.4 / 11 = 4.9091 → 4.91
      // total = 10.60 + 13.40 + (4.91 + 6.00) + 9.00 + 8.50 = 52.41
      name: 'weak, mutual evaluation 0/3/5/3',
      entered: WEAK,
      ratings: { [ScoreSource.MutualEvaluation]: tally(0, 3, 5, 3) },
      subItems: { ...WEAK, '3.1': 491 },
      items: { '1': 1060, '2': 1340, '3': 1091, '4': 900, '5': 850 },
      total: 5241,
      grade: Grade.Incompetent,
    },
    {
      // one rating, 优秀: 3.1 = 10; total = 100
      name: 'every maximum, one mutual rating 优秀',
      entered: FULL,
      ratings: { [ScoreSource.MutualEvaluation]: tally(1, 0, 0, 0) },
      subItems: { ...FULL, '3.1': 1000 },
      items: { '1': 2000, '2': 3000, '3': 2000, '4': 1500, '5': 1500 },
      total: 10000,
      grade: Grade.Excellent,
    },
  ],
};

describe('computeScore: scenario per category (inputs → sub-items → items → total → grade)', () => {
  describe.each(Object.values(SecondmentCategory))('%s', (category) => {
    it.each(SCENARIOS[category].map((s) => [s.name, s] as const))('%s', (_name, s) => {
      const result = computeScore(DEFAULT_RUBRIC, category, { entered: s.entered, ratings: s.ratings });
      expect(result.problems).toEqual([]);
      expect(subPoints(result)).toEqual(s.subItems);
      expect(itemPoints(result)).toEqual(s.items);
      expect(result.total).toBe(s.total);

      const proposal = calibrate(DEFAULT_RUBRIC, [{ id: 'c', category, total: result.total, recommended: true, certificatesIssued: 2 }], {
        kind: 'COUNT',
        count: 1,
      }).proposals[0];
      expect(proposal.grade).toBe(s.grade);
    });
  });

  it('each category sees its own name and sources for 3.1', () => {
    const inputs: ScoringInputs = {
      entered: FULL,
      ratings: {
        [ScoreSource.Ballots]: tally(1, 0, 0, 0),
        [ScoreSource.Certificates]: tally(2, 0, 0, 0),
        [ScoreSource.Interviews]: tally(3, 0, 0, 0),
        [ScoreSource.MutualEvaluation]: tally(1, 0, 0, 0),
      },
    };
    const seen = Object.values(SecondmentCategory).map((category) => {
      const s = sub(computeScore(DEFAULT_RUBRIC, category, inputs), '3.1');
      return [category, s.name, s.sources];
    });
    expect(seen).toEqual([
      [SecondmentCategory.Grassroots, '民主评议', [ScoreSource.Ballots]],
      [SecondmentCategory.MajorProject, '民主评议', [ScoreSource.Ballots]],
      [SecondmentCategory.InvestmentPromotion, '双出具评定', [ScoreSource.Certificates]],
      [SecondmentCategory.StateEnterprise, '民主评议及服务对象谈话', [ScoreSource.Ballots, ScoreSource.Interviews]],
      [SecondmentCategory.KeyTask, '集中互评', [ScoreSource.MutualEvaluation]],
    ]);
  });
});

describe('ballot conversion (GRASSROOTS 3.1, max 10): max × (1.0·优秀 + 0.8·称职 + 0.6·基本称职 + 0·不称职) / valid ballots', () => {
  it.each<[string, RatingTally, number]>([
    // 10 × (30 + 8 + 1.2) / 42 = 10 × 39.2 / 42 = 9.3333 → 9.33
    ['30 优秀 / 10 称职 / 2 基本称职 / 0 不称职 → 9.33', tally(30, 10, 2, 0), 933],
    ['all 优秀 → 10', tally(42, 0, 0, 0), 1000],
    ['all 不称职 → 0', tally(0, 0, 0, 42), 0],
    ['one ballot, 称职 → 8', tally(0, 1, 0, 0), 800],
    ['one ballot, 基本称职 → 6', tally(0, 0, 1, 0), 600],
    // 10 × 79 / 80 = 9.875 exactly → half up → 9.88
    ['79 优秀 / 1 不称职 → 9.875 → 9.88 (half up)', tally(79, 0, 0, 1), 988],
    // 10 × 1 / 16 = 0.625 exactly → 0.63
    ['1 优秀 / 15 不称职 → 0.625 → 0.63 (half up)', tally(1, 0, 0, 15), 63],
    // 10 × (39 + 2×0.6) / 400 = 10 × 40.2 / 400 = 1.005 exactly → 1.01 (floating point: Math.round(1.005 × 100) = 100)
    ['39 优秀 / 2 基本称职 / 359 不称职 → 1.005 → 1.01 (half up, no float drift)', tally(39, 0, 2, 359), 101],
    // 10 × 2 / 3 = 6.6667 → 6.67
    ['2 优秀 / 1 不称职 → 6.67', tally(2, 0, 0, 1), 667],
    // 10 × 1 / 3 = 3.3333 → 3.33
    ['1 优秀 / 2 不称职 → 3.33', tally(1, 0, 0, 2), 333],
    // 10 × 0.6 / 8 = 0.75
    ['1 基本称职 / 7 不称职 → 0.75', tally(0, 0, 1, 7), 75],
    // 10 × (3×1.0 + 1×0.8) / 4 = 9.50; the tally has no key for the grades nobody chose
    ['a tally that omits zero counts: 3 优秀 / 1 称职 → 9.50', { [Rating.Excellent]: 3, [Rating.Competent]: 1 }, 950],
  ])('%s', (_name, ballots, expected) => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered: FULL, ratings: { [ScoreSource.Ballots]: ballots } });
    expect(result.problems).toEqual([]);
    expect(sub(result, '3.1').points).toBe(expected);
    expect(result.total).toBe(9000 + expected);
    // The same conversion on its own, as the democratic-evaluation tally shows it.
    expect(ratingPoints(1000, ballots, DEFAULT_RUBRIC.ratingWeights)).toBe(expected);
  });

  it('converts no valid ballot to no score', () => {
    expect(ratingPoints(1000, {}, DEFAULT_RUBRIC.ratingWeights)).toBeNull();
  });

  it('uses the rubric version’s weights, not fixed ones (称职 0.7): 10 × (30 + 7 + 1.2) / 42 = 9.0952 → 9.10', () => {
    const rubric = clone();
    rubric.ratingWeights = { ...rubric.ratingWeights, [Rating.Competent]: 70 };
    const result = computeScore(rubric, SecondmentCategory.Grassroots, { entered: FULL, ratings: { [ScoreSource.Ballots]: tally(30, 10, 2, 0) } });
    expect(sub(result, '3.1').points).toBe(910);
  });

  it('the sub-item maximum scales the result (3.1 max 12, 3.2 max 8): 12 × 39.2 / 42 = 11.20', () => {
    const rubric = clone();
    rubric.items[2].subItems[0].maxPoints = 1200;
    rubric.items[2].subItems[1].maxPoints = 800;
    const result = computeScore(rubric, SecondmentCategory.Grassroots, { entered: { ...FULL, '3.2': 800 }, ratings: { [ScoreSource.Ballots]: tally(30, 10, 2, 0) } });
    expect(sub(result, '3.1').points).toBe(1120);
    expect(result.total).toBe(9000 - 200 + 1120);
  });

  it('an entered score for the computed 3.1 does not replace the ballots', () => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, {
      entered: { ...FULL, '3.1': 1000 },
      ratings: { [ScoreSource.Ballots]: tally(30, 10, 2, 0) },
    });
    expect(sub(result, '3.1').points).toBe(933);
  });
});

describe('STATE_ENTERPRISE 3.1: half ballots, half interviews, rounded once at the sub-item', () => {
  it.each<[string, RatingTally, RatingTally, number]>([
    // 5 × 26/30 + 5 × 2.6/3 = 4.3333 + 4.3333 = 8.6667 → 8.67; per half: 4.33 + 4.33 = 8.66
    ['thirds: 8.6667 → 8.67, not 4.33 + 4.33 = 8.66', tally(10, 20, 0, 0), tally(1, 2, 0, 0), 867],
    // 5 × 1/8 + 5 × 1/8 = 0.625 + 0.625 = 1.25; per half: 0.63 + 0.63 = 1.26
    ['two exact halves: 1.25, not 0.63 + 0.63 = 1.26', tally(1, 0, 0, 7), tally(1, 0, 0, 7), 125],
    // 5 × 1 + 5 × 0 = 5
    ['ballots all 优秀, interviews all 不称职 → 5', tally(42, 0, 0, 0), tally(0, 0, 0, 3), 500],
    // 5 × 0 + 5 × 1 = 5
    ['ballots all 不称职, interviews all 优秀 → 5', tally(0, 0, 0, 42), tally(3, 0, 0, 0), 500],
    // 5 × 39.2/42 + 5 × (0.8 + 0.8 + 0.6)/3 = 4.6667 + 3.6667 = 8.3333 → 8.33; per half: 4.67 + 3.67 = 8.34
    ['30/10/2/0 with 称职, 称职, 基本称职 → 8.33, not 4.67 + 3.67 = 8.34', tally(30, 10, 2, 0), tally(0, 2, 1, 0), 833],
  ])('%s', (_name, ballots, interviews, expected) => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.StateEnterprise, {
      entered: FULL,
      ratings: { [ScoreSource.Ballots]: ballots, [ScoreSource.Interviews]: interviews },
    });
    expect(result.problems).toEqual([]);
    expect(sub(result, '3.1').points).toBe(expected);
  });
});

describe('INVESTMENT_PROMOTION 3.1 from the two certificates: max × mean of the two weights', () => {
  it.each<[string, RatingTally, number]>([
    ['优秀 + 优秀 → 10', tally(2, 0, 0, 0), 1000],
    ['优秀 + 称职 → 10 × 0.9 = 9', tally(1, 1, 0, 0), 900],
    ['称职 + 称职 → 8', tally(0, 2, 0, 0), 800],
    ['优秀 + 基本称职 → 10 × 0.8 = 8', tally(1, 0, 1, 0), 800],
    ['称职 + 基本称职 → 10 × 0.7 = 7', tally(0, 1, 1, 0), 700],
    ['基本称职 + 不称职 → 10 × 0.3 = 3', tally(0, 0, 1, 1), 300],
    ['不称职 + 不称职 → 0', tally(0, 0, 0, 2), 0],
  ])('%s', (_name, certificates, expected) => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.InvestmentPromotion, {
      entered: FULL,
      ratings: { [ScoreSource.Certificates]: certificates },
    });
    expect(result.problems).toEqual([]);
    expect(sub(result, '3.1').points).toBe(expected);
  });
});

describe('KEY_TASK 3.1 from centralized mutual evaluation', () => {
  it.each<[string, RatingTally, number]>([
    // 10 × 9.4 / 11 = 8.5455 → 8.55
    ['5/4/2/0 → 8.55', tally(5, 4, 2, 0), 855],
    // 10 × (6 + 3.2) / 10 = 9.2
    ['6/4/0/0 → 9.20', tally(6, 4, 0, 0), 920],
    ['0/0/0/11 → 0', tally(0, 0, 0, 11), 0],
    // 10 × (1 + 0.8 + 0.6) / 3 = 8
    ['1/1/1/0 → 8.00', tally(1, 1, 1, 0), 800],
  ])('%s', (_name, mutual, expected) => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.KeyTask, { entered: FULL, ratings: { [ScoreSource.MutualEvaluation]: mutual } });
    expect(result.problems).toEqual([]);
    expect(sub(result, '3.1').points).toBe(expected);
  });
});

describe('computeScore: problems are reported by sub-item, never counted as zero', () => {
  const ballots = { [ScoreSource.Ballots]: tally(30, 10, 2, 0) };

  it('a missing entered score: that sub-item, its item and the total are null; other items still add up', () => {
    const { '2.2': _omitted, ...entered } = STRONG;
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered, ratings: ballots });
    expect(sub(result, '2.2').points).toBeNull();
    expect(itemPoints(result)).toEqual({ '1': 1930, '2': null, '3': 1883, '4': 1425, '5': 1455 });
    expect(result.total).toBeNull();
    expect(result.problems).toEqual([{ subItem: '2.2', message: '2.2 质量成效：缺少组织部门评分' }]);
    expect(sub(result, '2.2').explanation).toContain('缺少');
  });

  it('a null entered score is missing too', () => {
    const entered: Record<string, number | undefined> = { ...STRONG, '4.1': null as unknown as undefined };
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered, ratings: ballots });
    expect(sub(result, '4.1').points).toBeNull();
    expect(result.total).toBeNull();
    expect(result.problems.map((p) => p.subItem)).toEqual(['4.1']);
  });

  it('a missing host-unit score names the host unit as the missing source', () => {
    const { '3.2': _omitted, ...entered } = STRONG;
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered, ratings: ballots });
    expect(result.problems).toEqual([{ subItem: '3.2', message: '3.2 用人单位评价：缺少用人单位评价' }]);
    expect(itemPoints(result)['3']).toBeNull();
  });

  it('no inputs at all: every sub-item is reported, nothing is zero', () => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered: {}, ratings: {} });
    expect(result.subItems.every((s) => s.points === null)).toBe(true);
    expect(result.items.every((i) => i.points === null)).toBe(true);
    expect(result.total).toBeNull();
    expect(result.problems.map((p) => p.subItem)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '5.3']);
  });

  it.each<[string, number, RegExp]>([
    ['negative', -1, /0–8\.00/],
    ['above the maximum (8.00)', 801, /0–8\.00/],
    ['far above the maximum', 10_000, /0–8\.00/],
    ['not whole hundredths', 750.5, /最多保留两位小数/],
    ['not a number', Number.NaN, /不是有效的数字/],
    ['infinite', Number.POSITIVE_INFINITY, /不是有效的数字/],
  ])('an entered score out of range (%s) is reported', (_name, value, reason) => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered: { ...STRONG, '1.1': value }, ratings: ballots });
    expect(sub(result, '1.1').points).toBeNull();
    expect(itemPoints(result)['1']).toBeNull();
    expect(result.total).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].subItem).toBe('1.1');
    expect(result.problems[0].message).toMatch(/^1\.1 在岗履职：/);
    expect(result.problems[0].message).toMatch(reason);
  });

  it.each<[string, number]>([
    ['zero', 0],
    ['exactly the maximum', 800],
  ])('an entered score at the bound (%s) is accepted', (_name, value) => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered: { ...STRONG, '1.1': value }, ratings: ballots });
    expect(result.problems).toEqual([]);
    expect(sub(result, '1.1').points).toBe(value);
    expect(result.total).toBe(9418 - 750 + value);
  });

  it.each<[string, SecondmentCategory, ScoringInputs['ratings'], string]>([
    ['no ballots (fewer than 1)', SecondmentCategory.Grassroots, {}, '3.1 民主评议：民主评议有效评价 0 个，至少需要 1 个'],
    ['only zero counts', SecondmentCategory.MajorProject, { [ScoreSource.Ballots]: tally(0, 0, 0, 0) }, '3.1 民主评议：民主评议有效评价 0 个，至少需要 1 个'],
    [
      'one certificate of two',
      SecondmentCategory.InvestmentPromotion,
      { [ScoreSource.Certificates]: tally(1, 0, 0, 0) },
      '3.1 双出具评定：双出具有效评价 1 个，至少需要 2 个',
    ],
    [
      'two interviews of the minimum three',
      SecondmentCategory.StateEnterprise,
      { [ScoreSource.Ballots]: tally(30, 10, 2, 0), [ScoreSource.Interviews]: tally(2, 0, 0, 0) },
      '3.1 民主评议及服务对象谈话：服务对象谈话有效评价 2 个，至少需要 3 个',
    ],
    [
      'interviews but no ballots',
      SecondmentCategory.StateEnterprise,
      { [ScoreSource.Interviews]: tally(3, 0, 0, 0) },
      '3.1 民主评议及服务对象谈话：民主评议有效评价 0 个，至少需要 1 个',
    ],
    ['no mutual evaluation (ballots are not its source)', SecondmentCategory.KeyTask, { [ScoreSource.Ballots]: tally(9, 0, 0, 0) }, '3.1 集中互评：集中互评有效评价 0 个，至少需要 1 个'],
  ])('too few ratings: %s', (_name, category, ratings, message) => {
    const result = computeScore(DEFAULT_RUBRIC, category, { entered: STRONG, ratings });
    expect(sub(result, '3.1').points).toBeNull();
    expect(itemPoints(result)['3']).toBeNull();
    expect(result.total).toBeNull();
    expect(result.problems).toEqual([{ subItem: '3.1', message }]);
  });

  it('the minimum is the rubric version’s: with 5 interviews required, 4 are too few', () => {
    const rubric = clone();
    rubric.minimumRatings = { ...rubric.minimumRatings, [ScoreSource.Interviews]: 5 };
    const ratings = { [ScoreSource.Ballots]: tally(30, 10, 2, 0), [ScoreSource.Interviews]: tally(4, 0, 0, 0) };
    const result = computeScore(rubric, SecondmentCategory.StateEnterprise, { entered: STRONG, ratings });
    expect(result.problems).toEqual([{ subItem: '3.1', message: '3.1 民主评议及服务对象谈话：服务对象谈话有效评价 4 个，至少需要 5 个' }]);
  });

  it('an entered code that the rubric does not have is reported', () => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered: { ...STRONG, '6.1': 300 }, ratings: ballots });
    expect(result.problems).toEqual([{ subItem: '6.1', message: '细则中没有小项 6.1' }]);
    expect(subPoints(result)).toEqual({ ...STRONG, '3.1': 933 });
  });

  it.each<[string, RatingTally]>([
    ['a negative count', tally(30, -1, 2, 0)],
    ['a fractional count', tally(30, 10, 1.5, 0)],
    ['a NaN count', tally(Number.NaN, 10, 2, 0)],
  ])('%s is reported, not converted', (_name, ballotTally) => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered: STRONG, ratings: { [ScoreSource.Ballots]: ballotTally } });
    expect(sub(result, '3.1').points).toBeNull();
    expect(result.total).toBeNull();
    expect(result.problems).toEqual([{ subItem: '3.1', message: '3.1 民主评议：民主评议的票数须为非负整数' }]);
  });

  it('several problems are reported together, one per sub-item', () => {
    const { '1.1': _omitted, ...entered } = STRONG;
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered: { ...entered, '2.1': 1300, '9.9': 1 }, ratings: {} });
    expect(result.problems.map((p) => p.subItem).sort()).toEqual(['1.1', '2.1', '3.1', '9.9']);
    expect(itemPoints(result)).toEqual({ '1': null, '2': null, '3': null, '4': 1425, '5': 1455 });
  });

  // BUG (reported): rubricProblems does not require every rating source to have a
  // minimum (it only checks the keys present), and with no minimum for INTERVIEWS,
  // zero interviews pass `n < undefined` and reach a division by zero (RangeError).
  it('a rubric without a minimum for a source does not crash on zero ratings: the sub-item is reported', () => {
    const rubric = clone();
    delete (rubric.minimumRatings as Partial<Record<string, number>>)[ScoreSource.Interviews];
    const ratings = { [ScoreSource.Ballots]: tally(30, 10, 2, 0) };
    let result: ScoreResult | undefined;
    expect(() => {
      result = computeScore(rubric, SecondmentCategory.StateEnterprise, { entered: STRONG, ratings });
    }).not.toThrow();
    expect(result?.total).toBeNull();
    expect(result?.problems.map((p) => p.subItem)).toEqual(['3.1']);
  });
});

describe('computeScore: explanations say where every number came from', () => {
  it('an entered score: the source, the value and the maximum', () => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered: STRONG, ratings: { [ScoreSource.Ballots]: tally(30, 10, 2, 0) } });
    expect(sub(result, '1.1').explanation).toBe('组织部门评分：7.50（满分 8.00）');
    expect(sub(result, '3.2').explanation).toBe('用人单位评价：9.50（满分 10.00）');
  });

  it('ballots: each count, the number of valid ballots, the weights and the result', () => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.Grassroots, { entered: STRONG, ratings: { [ScoreSource.Ballots]: tally(30, 10, 2, 0) } });
    const text = sub(result, '3.1').explanation;
    for (const part of ['民主评议', '优秀 30', '称职 10', '基本称职 2', '不称职 0', '共 42', '10.00', '优秀×1.0', '称职×0.8', '基本称职×0.6']) {
      expect(text).toContain(part);
    }
    expect(text).toMatch(/= 9\.33$/);
  });

  it('a split: both sources with their shares and counts, and the one rounded result', () => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.StateEnterprise, {
      entered: STRONG,
      ratings: { [ScoreSource.Ballots]: tally(10, 20, 0, 0), [ScoreSource.Interviews]: tally(1, 2, 0, 0) },
    });
    const text = sub(result, '3.1').explanation;
    expect(text).toContain('民主评议（占50%）：优秀 10、称职 20、基本称职 0、不称职 0，共 30');
    expect(text).toContain('服务对象谈话（占50%）：优秀 1、称职 2、基本称职 0、不称职 0，共 3');
    expect(text).toMatch(/= 8\.67$/);
  });

  it('certificates and mutual evaluation name their source, counts and result', () => {
    const cert = sub(computeScore(DEFAULT_RUBRIC, SecondmentCategory.InvestmentPromotion, { entered: STRONG, ratings: { [ScoreSource.Certificates]: tally(1, 1, 0, 0) } }), '3.1');
    expect(cert.explanation).toContain('双出具：优秀 1、称职 1、基本称职 0、不称职 0，共 2');
    expect(cert.explanation).toMatch(/= 9\.00$/);
    const mutual = sub(computeScore(DEFAULT_RUBRIC, SecondmentCategory.KeyTask, { entered: STRONG, ratings: { [ScoreSource.MutualEvaluation]: tally(5, 4, 2, 0) } }), '3.1');
    expect(mutual.explanation).toContain('集中互评：优秀 5、称职 4、基本称职 2、不称职 0，共 11');
    expect(mutual.explanation).toMatch(/= 8\.55$/);
  });

  it('a problem is the explanation of a null sub-item', () => {
    const result = computeScore(DEFAULT_RUBRIC, SecondmentCategory.InvestmentPromotion, { entered: STRONG, ratings: { [ScoreSource.Certificates]: tally(1, 0, 0, 0) } });
    expect(sub(result, '3.1').explanation).toBe(result.problems[0].message);
  });
});
