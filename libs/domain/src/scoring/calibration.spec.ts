import { SecondmentCategory } from '../registry/vocabulary';
import { type Calibration, type CalibrationCandidate, calibrate, Grade, type GradeProposal, ProposalStatus, type Quota, proposeAgain, quotaCount } from './calibration';
import { DEFAULT_RUBRIC } from './default-rubric';
import type { RubricDefinition } from './rubric';

const COUNT = (count: number): Quota => ({ kind: 'COUNT', count });
const PERCENT = (percent: number): Quota => ({ kind: 'PERCENT', percent });
const PLENTY = COUNT(1000);

const cand = (id: string, total: number | null, extra: Partial<CalibrationCandidate> = {}): CalibrationCandidate => ({
  id,
  category: SecondmentCategory.Grassroots,
  total,
  ...extra,
});

const byId = (c: Calibration): Record<string, GradeProposal> => Object.fromEntries(c.proposals.map((p) => [p.id, p]));
const gradesOf = (c: Calibration): Record<string, Grade | null> => Object.fromEntries(c.proposals.map((p) => [p.id, p.grade]));
const statusesOf = (c: Calibration): Record<string, ProposalStatus> => Object.fromEntries(c.proposals.map((p) => [p.id, p.status]));

describe('quotaCount', () => {
  it.each<[string, Quota, number, number]>([
    ['PERCENT 20% of 45 → 9', PERCENT(20), 45, 9],
    ['PERCENT 25% of 45 → 11.25 → 11', PERCENT(25), 45, 11],
    ['PERCENT 20% of 4 → 0.8 → 0 (rounded down)', PERCENT(20), 4, 0],
    ['PERCENT 20% of 5 → 1', PERCENT(20), 5, 1],
    ['PERCENT 20% of 9 → 1.8 → 1', PERCENT(20), 9, 1],
    ['PERCENT 12.5% of 8 → 1', PERCENT(12.5), 8, 1],
    ['PERCENT 100% of 7 → 7', PERCENT(100), 7, 7],
    ['PERCENT 0% → 0', PERCENT(0), 45, 0],
    ['PERCENT negative → 0', PERCENT(-10), 45, 0],
    ['PERCENT of nobody → 0', PERCENT(20), 0, 0],
    ['COUNT 19 of 45 → 19 (the source)', COUNT(19), 45, 19],
    ['COUNT above the graded → capped at 45', COUNT(50), 45, 45],
    ['COUNT of nobody → 0', COUNT(5), 0, 0],
    ['COUNT 0 → 0', COUNT(0), 45, 0],
    ['COUNT negative → 0', COUNT(-3), 45, 0],
    ['COUNT fractional → rounded down', COUNT(2.7), 45, 2],
  ])('%s', (_name, quota, graded, expected) => {
    expect(quotaCount(quota, graded)).toBe(expected);
  });
});

describe('calibrate: thresholds → grades (one cadre, quota not binding)', () => {
  it.each<[number, Grade]>([
    [10_000, Grade.Excellent],
    [9000, Grade.Excellent],
    [8999, Grade.Competent],
    [7000, Grade.Competent],
    [6999, Grade.BasicallyCompetent],
    [6000, Grade.BasicallyCompetent],
    [5999, Grade.Incompetent],
    [0, Grade.Incompetent],
  ])('total %i → %s', (total, grade) => {
    const [proposal] = calibrate(DEFAULT_RUBRIC, [cand('a', total)], PLENTY).proposals;
    expect(proposal).toMatchObject({ grade, status: ProposalStatus.Graded, rank: 1, total });
  });

  it.each<[number, string]>([
    [8999, '对应等次：称职'],
    [6999, '对应等次：基本称职'],
    [5999, '对应等次：不称职'],
  ])('below the Excellent line, %i: the reason names the grade', (total, reason) => {
    expect(calibrate(DEFAULT_RUBRIC, [cand('a', total)], PLENTY).proposals[0].reasons).toContain(reason);
  });

  it('uses the rubric version’s thresholds', () => {
    const rubric: Pick<RubricDefinition, 'thresholds' | 'excellentRequirements'> = {
      thresholds: { excellent: 8500, competent: 7500, basicallyCompetent: 6500 },
      excellentRequirements: DEFAULT_RUBRIC.excellentRequirements,
    };
    const result = calibrate(rubric, [cand('a', 8600), cand('b', 7400), cand('c', 6400)], PLENTY);
    expect(gradesOf(result)).toEqual({ a: Grade.Excellent, b: Grade.BasicallyCompetent, c: Grade.Incompetent });
  });
});

describe('calibrate: competition ranking among the graded', () => {
  it.each<[string, CalibrationCandidate[], Record<string, number | null>]>([
    ['1, 2, 2, 4', [cand('d', 8000), cand('b', 9000), cand('a', 9500), cand('c', 9000)], { a: 1, b: 2, c: 2, d: 4 }],
    ['1, 1, 1, 4', [cand('x', 8000), cand('y', 8000), cand('z', 8000), cand('w', 7000)], { x: 1, y: 1, z: 1, w: 4 }],
    ['1, 2, 3, 3, 5, 5', [cand('a', 99), cand('b', 98), cand('c', 97), cand('d', 97), cand('e', 90), cand('f', 90)], { a: 1, b: 2, c: 3, d: 3, e: 5, f: 5 }],
    [
      'NOT_GRADED and INCOMPLETE take no rank',
      [cand('n', 9900, { notGradedReason: '受处分期间' }), cand('i', null), cand('g', 9500), cand('h', 9400)],
      { n: null, i: null, g: 1, h: 2 },
    ],
  ])('%s', (_name, candidates, ranks) => {
    const result = calibrate(DEFAULT_RUBRIC, candidates, PLENTY);
    expect(Object.fromEntries(result.proposals.map((p) => [p.id, p.rank]))).toEqual(ranks);
  });

  it('proposals come in rank order (then id), the ungraded last', () => {
    const result = calibrate(DEFAULT_RUBRIC, [cand('i', null), cand('c', 9000), cand('b', 9000), cand('a', 9500), cand('n', 9900, { notGradedReason: '挂职不满半年' })], PLENTY);
    expect(result.proposals.map((p) => p.id)).toEqual(['a', 'b', 'c', 'i', 'n']);
  });
});

describe('calibrate: eligibility for Excellent', () => {
  it.each<[string, CalibrationCandidate, Grade, string | null]>([
    ['a veto bars Excellent', cand('a', 9800, { veto: true }), Grade.Competent, '受处分或一票否决'],
    [
      'MAJOR_PROJECT without a recommendation',
      cand('a', 9800, { category: SecondmentCategory.MajorProject }),
      Grade.Competent,
      '未经比对推荐为优秀人选',
    ],
    [
      'MAJOR_PROJECT explicitly not recommended',
      cand('a', 9800, { category: SecondmentCategory.MajorProject, recommended: false }),
      Grade.Competent,
      '未经比对推荐为优秀人选',
    ],
    ['MAJOR_PROJECT recommended', cand('a', 9800, { category: SecondmentCategory.MajorProject, recommended: true }), Grade.Excellent, null],
    [
      'INVESTMENT_PROMOTION with 1 certificate',
      cand('a', 9800, { category: SecondmentCategory.InvestmentPromotion, certificatesIssued: 1 }),
      Grade.Competent,
      '双出具尚未全部出具',
    ],
    [
      'INVESTMENT_PROMOTION with no certificate count',
      cand('a', 9800, { category: SecondmentCategory.InvestmentPromotion }),
      Grade.Competent,
      '双出具尚未全部出具',
    ],
    [
      'INVESTMENT_PROMOTION with both certificates',
      cand('a', 9800, { category: SecondmentCategory.InvestmentPromotion, certificatesIssued: 2 }),
      Grade.Excellent,
      null,
    ],
    ['GRASSROOTS needs no recommendation nor certificates', cand('a', 9800), Grade.Excellent, null],
    ['STATE_ENTERPRISE needs no recommendation', cand('a', 9800, { category: SecondmentCategory.StateEnterprise }), Grade.Excellent, null],
    ['KEY_TASK needs no recommendation', cand('a', 9800, { category: SecondmentCategory.KeyTask }), Grade.Excellent, null],
    [
      'MAJOR_PROJECT recommended, no certificates (not its requirement)',
      cand('a', 9800, { category: SecondmentCategory.MajorProject, recommended: true, certificatesIssued: 0 }),
      Grade.Excellent,
      null,
    ],
    ['a veto below the Excellent line leaves the threshold grade', cand('a', 8000, { veto: true }), Grade.Competent, null],
    ['a veto does not lower a 基本称职', cand('a', 6500, { veto: true }), Grade.BasicallyCompetent, null],
  ])('%s', (_name, candidate, grade, reason) => {
    const [proposal] = calibrate(DEFAULT_RUBRIC, [candidate], PLENTY).proposals;
    expect(proposal.grade).toBe(grade);
    expect(proposal.status).toBe(ProposalStatus.Graded);
    if (reason) {
      expect(proposal.reasons).toContain(`达到优秀分数线（90.00），但${reason}，不得评为优秀`);
    } else {
      expect(proposal.reasons.join('')).not.toContain('不得评为优秀');
    }
  });

  it('every unmet condition is named', () => {
    const [proposal] = calibrate(DEFAULT_RUBRIC, [cand('a', 9800, { category: SecondmentCategory.MajorProject, veto: true })], PLENTY).proposals;
    expect(proposal.grade).toBe(Grade.Competent);
    expect(proposal.reasons).toContain('达到优秀分数线（90.00），但受处分或一票否决、未经比对推荐为优秀人选，不得评为优秀');
  });

  it('an ineligible cadre takes no Excellent place: the next eligible ones get them', () => {
    const result = calibrate(
      DEFAULT_RUBRIC,
      [
        cand('veto', 9900, { veto: true }),
        cand('mp', 9800, { category: SecondmentCategory.MajorProject }),
        cand('ip', 9700, { category: SecondmentCategory.InvestmentPromotion, certificatesIssued: 1 }),
        cand('a', 9600),
        cand('b', 9400),
        cand('c', 9200),
      ],
      COUNT(2),
    );
    expect(gradesOf(result)).toEqual({ veto: Grade.Competent, mp: Grade.Competent, ip: Grade.Competent, a: Grade.Excellent, b: Grade.Excellent, c: Grade.Competent });
    expect(result.excellent).toBe(2);
    expect(byId(result).c.reasons).toContain('达到优秀分数线，但优秀名额（2）已满，评为称职');
  });
});

describe('calibrate: NOT_GRADED and INCOMPLETE', () => {
  it('NOT_GRADED: no grade, no rank, the reason, total kept', () => {
    const [proposal] = calibrate(DEFAULT_RUBRIC, [cand('n', 9900, { notGradedReason: '受处分期间' })], PLENTY).proposals;
    expect(proposal).toEqual({ id: 'n', total: 9900, rank: null, grade: null, status: ProposalStatus.NotGraded, reasons: ['不定等次：受处分期间'] });
  });

  it('NOT_GRADED is excluded from the percentage base: 20% of 5 graded = 1, not 20% of 10 = 2', () => {
    const graded = [cand('a', 9900), cand('b', 9800), cand('c', 9700), cand('d', 9600), cand('e', 9500)];
    const notGraded = ['v', 'w', 'x', 'y', 'z'].map((id) => cand(id, 9950, { notGradedReason: '挂职时间不足' }));
    const result = calibrate(DEFAULT_RUBRIC, [...notGraded, ...graded], PERCENT(20));
    expect(result.quota).toBe(1);
    expect(result.excellent).toBe(1);
    expect(gradesOf(result)).toMatchObject({ a: Grade.Excellent, b: Grade.Competent, v: null, z: null });
    expect(statusesOf(result).v).toBe(ProposalStatus.NotGraded);
  });

  it('INCOMPLETE: a null total gets no grade, no rank, and is not in the base (20% of 4 graded = 0, not 20% of 5 = 1)', () => {
    const result = calibrate(DEFAULT_RUBRIC, [cand('i', null), cand('a', 9500), cand('b', 9400), cand('c', 9300), cand('d', 9200)], PERCENT(20));
    expect(byId(result).i).toEqual({ id: 'i', total: null, rank: null, grade: null, status: ProposalStatus.Incomplete, reasons: ['评分尚未完成'] });
    expect(result.quota).toBe(0);
    expect(gradesOf(result)).toEqual({ a: Grade.Competent, b: Grade.Competent, c: Grade.Competent, d: Grade.Competent, i: null });
  });

  it('NOT_GRADED wins over INCOMPLETE', () => {
    const [proposal] = calibrate(DEFAULT_RUBRIC, [cand('n', null, { notGradedReason: '受处分期间' })], PLENTY).proposals;
    expect(proposal.status).toBe(ProposalStatus.NotGraded);
  });
});

describe('calibrate: the quota and ties at the quota line', () => {
  it('3 tied for 2 places: all three TIE_AT_QUOTA with no grade; nobody below is Excellent', () => {
    const result = calibrate(DEFAULT_RUBRIC, [cand('e', 9200), cand('d', 9500), cand('b', 9500), cand('c', 9500)], COUNT(2));
    expect(statusesOf(result)).toEqual({ b: ProposalStatus.TieAtQuota, c: ProposalStatus.TieAtQuota, d: ProposalStatus.TieAtQuota, e: ProposalStatus.Graded });
    expect(gradesOf(result)).toEqual({ b: null, c: null, d: null, e: Grade.Competent });
    expect(result.tie).toEqual({ ids: ['b', 'c', 'd'], places: 2 });
    expect(result.excellent).toBe(0);
    expect(result.quota).toBe(2);
    expect(byId(result).b.reasons).toContain('与另外 2 人同分，优秀名额仅余 2 个，须人工决定');
    expect(byId(result).e.reasons).toContain('达到优秀分数线，但优秀名额（2）已满，评为称职');
  });

  it('a tie after an Excellent: the top one is Excellent, the tie gets the places left', () => {
    const result = calibrate(DEFAULT_RUBRIC, [cand('a', 9800), cand('b', 9500), cand('c', 9500), cand('d', 9500), cand('e', 9200), cand('f', 9100)], COUNT(3));
    expect(gradesOf(result)).toEqual({ a: Grade.Excellent, b: null, c: null, d: null, e: Grade.Competent, f: Grade.Competent });
    expect(result.tie).toEqual({ ids: ['b', 'c', 'd'], places: 2 });
    expect(result.excellent).toBe(1);
  });

  it('a tie that fits entirely: all Excellent, no tie', () => {
    const result = calibrate(DEFAULT_RUBRIC, [cand('a', 9800), cand('b', 9500), cand('c', 9500), cand('d', 9200)], COUNT(3));
    expect(gradesOf(result)).toEqual({ a: Grade.Excellent, b: Grade.Excellent, c: Grade.Excellent, d: Grade.Competent });
    expect(result.tie).toBeNull();
    expect(result.excellent).toBe(3);
  });

  it('a tie just below a full quota: all Competent, no tie', () => {
    const result = calibrate(DEFAULT_RUBRIC, [cand('a', 9800), cand('b', 9700), cand('c', 9500), cand('d', 9500)], COUNT(2));
    expect(gradesOf(result)).toEqual({ a: Grade.Excellent, b: Grade.Excellent, c: Grade.Competent, d: Grade.Competent });
    expect(result.tie).toBeNull();
  });

  it('a tie of equal totals with an ineligible member: only the eligible ones are counted', () => {
    const result = calibrate(DEFAULT_RUBRIC, [cand('a', 9500), cand('b', 9500, { veto: true }), cand('c', 9500)], COUNT(2));
    expect(gradesOf(result)).toEqual({ a: Grade.Excellent, b: Grade.Competent, c: Grade.Excellent });
    expect(result.tie).toBeNull();
  });

  it('a quota of 0: nobody is Excellent and there is no tie', () => {
    const result = calibrate(DEFAULT_RUBRIC, [cand('a', 9800), cand('b', 9800)], COUNT(0));
    expect(gradesOf(result)).toEqual({ a: Grade.Competent, b: Grade.Competent });
    expect(result.tie).toBeNull();
    expect(result.excellent).toBe(0);
  });

  it('fewer above the line than places: the quota is not filled with lower grades', () => {
    const result = calibrate(DEFAULT_RUBRIC, [cand('a', 9800), cand('b', 8900), cand('c', 8000)], COUNT(3));
    expect(gradesOf(result)).toEqual({ a: Grade.Excellent, b: Grade.Competent, c: Grade.Competent });
    expect(result).toMatchObject({ quota: 3, excellent: 1, tie: null });
  });
});

describe('calibrate: the source’s special assessment, 45 cadres', () => {
  // 45 totals from 99.00 down by 0.20: 99.00, 98.80, …, 90.20 (45 distinct, all above 90).
  const all = Array.from({ length: 45 }, (_, i) => cand(`c${String(i + 1).padStart(2, '0')}`, 9900 - 20 * i));

  it('quota COUNT 19 → exactly the top 19 are Excellent', () => {
    const result = calibrate(DEFAULT_RUBRIC, all, COUNT(19));
    const excellent = result.proposals.filter((p) => p.grade === Grade.Excellent).map((p) => p.id);
    expect(excellent).toEqual(all.slice(0, 19).map((c) => c.id));
    expect(result).toMatchObject({ quota: 19, excellent: 19, tie: null });
    expect(result.proposals.filter((p) => p.grade === Grade.Competent)).toHaveLength(26);
  });

  it('quota PERCENT 20 → 9 Excellent; 25 → 11', () => {
    expect(calibrate(DEFAULT_RUBRIC, all, PERCENT(20)).excellent).toBe(9);
    expect(calibrate(DEFAULT_RUBRIC, all, PERCENT(25)).excellent).toBe(11);
  });

  it('quota COUNT 19 with only 12 above the line → 12 Excellent', () => {
    const mixed = all.map((c, i) => (i < 12 ? c : { ...c, total: 8900 - 10 * i }));
    const result = calibrate(DEFAULT_RUBRIC, mixed, COUNT(19));
    expect(result.excellent).toBe(12);
    expect(result.proposals.filter((p) => p.grade === Grade.Excellent)).toHaveLength(12);
  });

  it('quota COUNT 19 with the 19th and 20th tied: both flagged, 18 Excellent', () => {
    const tied = all.map((c, i) => (i === 19 ? { ...c, total: all[18].total } : c));
    const result = calibrate(DEFAULT_RUBRIC, tied, COUNT(19));
    expect(result.excellent).toBe(18);
    expect(result.tie).toEqual({ ids: ['c19', 'c20'], places: 1 });
    expect(result.proposals.filter((p) => p.grade === Grade.Excellent).length).toBeLessThanOrEqual(19);
  });
});

describe('calibrate: reasons', () => {
  it('every graded proposal starts with its total and rank, in Chinese', () => {
    const result = calibrate(DEFAULT_RUBRIC, [cand('a', 9512), cand('b', 9000), cand('c', 9000), cand('d', 6000)], COUNT(1));
    expect(Object.fromEntries(result.proposals.map((p) => [p.id, p.reasons[0]]))).toEqual({
      a: '总分 95.12，排名第 1',
      b: '总分 90.00，排名第 2',
      c: '总分 90.00，排名第 2',
      d: '总分 60.00，排名第 4',
    });
    expect(byId(result).a.reasons).toEqual(['总分 95.12，排名第 1', '达到优秀分数线，在优秀名额（1）内']);
    expect(result.proposals.every((p) => p.reasons.every((r) => /[\u4e00-\u9fff]/.test(r)))).toBe(true);
  });
});

describe('proposeAgain: a reopened result fixed again within the places the others leave', () => {
  const others = (grades: (Grade | null)[]) => grades.map((grade) => ({ grade }));
  const quota: Quota = { kind: 'COUNT', count: 2 };

  it('proposes Excellent while a place is left, and Competent once the others hold them all', () => {
    expect(proposeAgain(DEFAULT_RUBRIC, cand('a', 10_000), quota, others([Grade.Excellent, Grade.Competent]), false)).toMatchObject({ left: 1, proposal: { grade: Grade.Excellent } });
    const full = proposeAgain(DEFAULT_RUBRIC, cand('a', 10_000), quota, others([Grade.Excellent, Grade.Excellent, Grade.Competent]), false);
    expect(full).toMatchObject({ places: 2, excellentOthers: 2, left: 0, proposal: { grade: Grade.Competent } });
    expect(full.proposal.reasons.join()).toContain('已满');
  });

  it('counts only the graded toward the quota, and gives a place when exceeding it was approved', () => {
    // 20% of the 5 graded (the 不定等次 one aside) is one place, held by another.
    const fifth: Quota = { kind: 'PERCENT', percent: 20 };
    expect(proposeAgain(DEFAULT_RUBRIC, cand('a', 9_500), fifth, others([Grade.Excellent, Grade.Competent, Grade.Competent, Grade.Competent, null]), false)).toMatchObject({ places: 1, left: 0 });
    expect(proposeAgain(DEFAULT_RUBRIC, cand('a', 9_500), fifth, others([Grade.Excellent, Grade.Competent]), true)).toMatchObject({ left: 1, proposal: { grade: Grade.Excellent } });
  });
});
