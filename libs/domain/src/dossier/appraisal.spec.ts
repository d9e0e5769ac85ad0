import { RoundType } from '../assessment/round-flow';
import { SecondmentCategory } from '../registry/vocabulary';
import { Grade } from '../scoring/calibration';
import { Rating, ScoreSource } from '../scoring/rubric';
import { APPRAISAL_ASPECTS, type AppraisalFacts, AppraisalAspect, chineseDate, composeAppraisal } from './appraisal';
import type { DossierSnapshot } from './snapshot';

const SUB_ITEMS: [string, string, number][] = [
  ['1.1', '在岗履职', 8], ['1.2', '纪实填报', 6], ['1.3', '纪律作风', 6], ['2.1', '目标任务完成', 12], ['2.2', '质量成效', 10], ['2.3', '创新突破', 8],
  ['3.1', '双出具评定', 10], ['3.2', '用人单位评价', 10], ['4.1', '平时掌握', 8], ['4.2', '综合评价意见', 7], ['5.1', '政治态度', 5], ['5.2', '工作思路', 5], ['5.3', '能力素质', 5],
];

/** A finalized investment assessment: every sub-item at `share` of its maximum except those given. */
function snapshot(n: number, grade: Grade | null, total: number, share: number, overrides: Record<string, number> = {}, extra: Partial<DossierSnapshot> = {}): DossierSnapshot {
  const subItems = SUB_ITEMS.map(([code, name, max]) => ({
    code, name, maxPoints: max, points: overrides[code] ?? Math.round(max * share * 100) / 100, sources: [ScoreSource.OrgStaff], explanation: '', comment: code === '4.2' ? `第${n}季度表现良好` : null,
  }));
  return {
    round: { id: `r${n}`, name: `2023年第${n}季度考核`, type: RoundType.Quarterly, typeLabel: '季度考核', periodStart: `2023-${String(n * 3 - 2).padStart(2, '0')}-01`, periodEnd: `2023-${String(n * 3).padStart(2, '0')}-28` },
    secondment: { id: 's', hostUnit: '驻深圳招商联络处', category: SecondmentCategory.InvestmentPromotion, categoryLabel: '招商一线', post: '招商专员', groupLabel: null },
    subItems,
    items: [{ code: '2', name: '季度业绩', maxPoints: 30, points: subItems.filter((s) => s.code.startsWith('2.')).reduce((sum, s) => sum + (s.points ?? 0), 0) }],
    total, rank: n, grade, gradeLabel: grade === Grade.Excellent ? '优秀' : grade === Grade.Competent ? '称职' : null,
    notGradedReason: null, vetoReason: null, overrideReason: null,
    hostUnitOpinion: `第${n}季度招商对接积极`,
    ballots: null,
    certificates: [
      { certifier: '市招商专班', projectsSigned: n, projectsLanded: n - 1, contractedInvestment: 10000 * n, fundsInPlace: 2500.5 * n, appraisal: '扎实', rating: Rating.Excellent },
      { certifier: '区商务局', projectsSigned: n, projectsLanded: n - 1, contractedInvestment: 10000 * n, fundsInPlace: 2500.5 * n, appraisal: '积极', rating: Rating.Competent },
    ],
    interviews: [],
    mutualEvaluation: null,
    leaderComment: n === 4 ? '同意' : null,
    finalizedAt: `2023-${String(n * 3 + 1).padStart(2, '0')}-05T08:00:00.000Z`,
    ...extra,
  };
}

const FACTS: AppraisalFacts = {
  cadre: { name: '王建国', gender: '男', birthDate: '1988-05-12', politicalStatus: '中共党员', education: '硕士研究生', homeUnit: '区商务局', position: '四级主任科员', rank: '一级科员' },
  secondment: { hostUnit: '驻深圳招商联络处', category: '招商一线', post: '招商专员', startDate: '2023-01-01', endDate: '2023-12-31', groupLabel: null },
  entries: [],
  workRecords: { confirmed: 40, rejected: 2, submitted: 1 },
  performanceEntries: { reviewed: 11, submitted: 1 },
  incentives: [],
  talentPool: null,
};

const textOf = (sections: ReturnType<typeof composeAppraisal>, aspect: AppraisalAspect) => sections.find((s) => s.aspect === aspect)?.text as string;

describe('composeAppraisal (综合鉴定)', () => {
  // Given out of order: the appraisal reads them in the order the rounds ran.
  const fourRounds: AppraisalFacts = {
    ...FACTS,
    entries: [snapshot(3, Grade.Excellent, 94.1, 0.95), snapshot(1, Grade.Competent, 86.5, 0.85, { '2.3': 4 }), snapshot(4, Grade.Excellent, 96.2, 0.97), snapshot(2, Grade.Competent, 89.9, 0.9)],
    incentives: [
      { round: '2023年第3季度考核', measure: '季度考核优秀：在全区通报表扬。', exemplarCitation: null },
      { round: '2023年第4季度考核', measure: '季度考核优秀：在全区通报表扬。', exemplarCitation: '扎根招商一线，全年引资4亿元' },
    ],
    talentPool: { confirmed: true, recommendation: '建议作为招商系统后备干部' },
  };
  const sections = composeAppraisal(fourRounds);

  it('covers more than ten aspects, each with text, in the order they are read', () => {
    expect(sections.map((s) => s.aspect)).toEqual(APPRAISAL_ASPECTS);
    expect(sections.length).toBeGreaterThan(10);
    for (const s of sections) expect(s.text.length).toBeGreaterThan(10);
  });

  it('states the facts and the posts', () => {
    expect(textOf(sections, AppraisalAspect.BasicFacts)).toBe(
      '王建国，男，1988年5月12日出生，中共党员，硕士研究生学历，区商务局四级主任科员（一级科员）。2023年1月1日至2023年12月31日在驻深圳招商联络处挂职历练（招商一线），任招商专员。',
    );
  });

  it('writes the real numbers of every round, in the order the rounds ran', () => {
    const grades = textOf(sections, AppraisalAspect.Grades);
    expect(grades).toContain('共参加考核 4 次');
    expect(grades.indexOf('第1季度')).toBeLessThan(grades.indexOf('第2季度'));
    expect(grades).toContain('2023年第1季度考核 称职（总分 86.50，排名第 1）');
    expect(grades).toContain('优秀 2 次、称职 2 次');
    expect(grades).toContain('总分由 86.50 升至 96.20，呈上升趋势');

    const political = textOf(sections, AppraisalAspect.PoliticalQuality);
    // 5.1: 4.25, 4.50, 4.75, 4.85 of 5 → 18.35 / 20 = 92%
    expect(political).toContain('政治态度（5.1）历次得分：2023年第1季度考核 4.25/5.00，2023年第2季度考核 4.50/5.00');
    expect(political).toContain('得分率 92%');
    expect(political).toContain('政治立场坚定');

    const results = textOf(sections, AppraisalAspect.Results);
    expect(results).toContain('采集业绩信息 12 条（已审核 11 条），填报工作纪实 43 篇（用人单位确认 40 篇）');
    expect(results).toContain('市招商专班出具：签约项目 4 个、落地项目 3 个、合同引资 40000 万元、到位资金 10002 万元');
    expect(results).toContain('创新突破（2.3）');

    expect(textOf(sections, AppraisalAspect.Recognition)).toContain('市招商专班评定为“优秀”，区商务局评定为“称职”');
    expect(textOf(sections, AppraisalAspect.HostUnitOpinion)).toContain('驻深圳招商联络处评价：“第4季度招商对接积极”');
    expect(textOf(sections, AppraisalAspect.OrganizationOpinion)).toContain('2023年第4季度考核审定意见：同意');
    expect(textOf(sections, AppraisalAspect.Discipline)).toContain('历次考核均无一票否决情形');
    expect(textOf(sections, AppraisalAspect.Incentives)).toContain('示范标杆：扎根招商一线，全年引资4亿元');
    expect(textOf(sections, AppraisalAspect.Incentives)).toContain('储备人才备选对象，推荐意见：建议作为招商系统后备干部');
    // 2.3 was 4 of 8 once: its share is the lowest.
    expect(textOf(sections, AppraisalAspect.Improvements)).toMatch(/^创新突破得分相对较低/);
    expect(textOf(sections, AppraisalAspect.Conclusion)).toBe(
      '王建国同志在驻深圳招商联络处挂职历练期间，共参加考核 4 次，其中优秀 2 次、称职 2 次，最近一次（2023年第4季度考核）等次为优秀。综合鉴定：历练成效显著，表现优秀。',
    );
  });

  it('says so where data is missing, instead of an empty phrase', () => {
    const none = composeAppraisal({ ...FACTS, workRecords: { confirmed: 0, rejected: 0, submitted: 0 }, performanceEntries: { reviewed: 0, submitted: 0 } });
    expect(none).toHaveLength(APPRAISAL_ASPECTS.length);
    for (const aspect of APPRAISAL_ASPECTS.filter((a) => a !== AppraisalAspect.BasicFacts)) {
      expect(textOf(none, aspect)).toMatch(/尚无定档的考核结果|无数据/);
    }
    expect(textOf(none, AppraisalAspect.Results)).toContain('未采集到业绩信息和工作纪实（无数据）');
    expect(textOf(none, AppraisalAspect.Conclusion)).toContain('暂不能形成鉴定结论');

    // One round without a host-unit opinion and without 5.1: named as missing, the rest written.
    const partial = snapshot(1, Grade.Competent, 80, 0.8, {}, { hostUnitOpinion: null });
    partial.subItems = partial.subItems.filter((s) => s.code !== '5.1' && s.code !== '3.2');
    const some = composeAppraisal({ ...FACTS, entries: [partial], incentives: [] });
    expect(textOf(some, AppraisalAspect.PoliticalQuality)).toBe('历次考核均未记录5.1的得分，缺少政治素质方面的考核数据。');
    expect(textOf(some, AppraisalAspect.HostUnitOpinion)).toBe('用人单位尚未出具评价意见（无数据）。');
    expect(textOf(some, AppraisalAspect.Grades)).toContain('仅有一次考核结果，尚不能判断变化趋势');
    expect(textOf(some, AppraisalAspect.Incentives)).toBe('历练期间未获激励，未列入储备人才。');
  });

  it('names a veto and a round without a grade', () => {
    const vetoed = snapshot(1, Grade.Competent, 95, 0.95, {}, { vetoReason: '受党内警告处分' });
    const notGraded = snapshot(2, null, 90, 0.9, {}, { notGradedReason: '病假超过半年' });
    const text = composeAppraisal({ ...FACTS, entries: [vetoed, notGraded] });
    expect(textOf(text, AppraisalAspect.Discipline)).toContain('2023年第1季度考核因“受党内警告处分”一票否决');
    expect(textOf(text, AppraisalAspect.Discipline)).toContain('2023年第2季度考核不定等次（病假超过半年）');
    expect(textOf(text, AppraisalAspect.Conclusion)).toContain('最近一次考核不定等次，鉴定结论请组织部门研究确定');
  });

  it('writes dates the Chinese way', () => {
    expect(chineseDate('2023-12-20')).toBe('2023年12月20日');
    expect(chineseDate('2024-01-05T00:00:00Z')).toBe('2024年1月5日');
  });
});
