import { Grade, GRADE_LABELS } from '../scoring/calibration';
import { type Rating, RATING_LABELS, RATINGS } from '../scoring/rubric';
import type { DossierSnapshot } from './snapshot';

/** The aspects of the comprehensive appraisal (综合鉴定), in the order it is read. */
export enum AppraisalAspect {
  BasicFacts = 'BASIC_FACTS',
  PoliticalQuality = 'POLITICAL_QUALITY',
  WorkAbility = 'WORK_ABILITY',
  Results = 'RESULTS',
  Discipline = 'DISCIPLINE',
  Recognition = 'RECOGNITION',
  HostUnitOpinion = 'HOST_UNIT_OPINION',
  OrganizationOpinion = 'ORGANIZATION_OPINION',
  Grades = 'GRADES',
  Incentives = 'INCENTIVES',
  Strengths = 'STRENGTHS',
  Improvements = 'IMPROVEMENTS',
  Conclusion = 'CONCLUSION',
}

export const APPRAISAL_ASPECT_TITLES: Readonly<Record<AppraisalAspect, string>> = {
  [AppraisalAspect.BasicFacts]: '基本情况',
  [AppraisalAspect.PoliticalQuality]: '思想政治素质',
  [AppraisalAspect.WorkAbility]: '工作能力',
  [AppraisalAspect.Results]: '工作业绩',
  [AppraisalAspect.Discipline]: '纪律作风',
  [AppraisalAspect.Recognition]: '群众公认',
  [AppraisalAspect.HostUnitOpinion]: '用人单位意见',
  [AppraisalAspect.OrganizationOpinion]: '组织评价意见',
  [AppraisalAspect.Grades]: '历次考核等次及趋势',
  [AppraisalAspect.Incentives]: '激励情况',
  [AppraisalAspect.Strengths]: '主要优点',
  [AppraisalAspect.Improvements]: '不足和努力方向',
  [AppraisalAspect.Conclusion]: '鉴定结论',
};

export const APPRAISAL_ASPECTS: readonly AppraisalAspect[] = Object.values(AppraisalAspect);

export interface AppraisalSection {
  aspect: AppraisalAspect;
  title: string;
  text: string;
}

/** Everything the appraisal is composed from; labels already in Chinese. */
export interface AppraisalFacts {
  cadre: { name: string; gender: string; birthDate: string; politicalStatus: string; education: string; homeUnit: string; position: string; rank: string | null };
  secondment: { hostUnit: string; category: string; post: string; startDate: string; endDate: string; groupLabel: string | null };
  /** The secondment's current dossier entries (a superseded entry left out), in any order. */
  entries: readonly DossierSnapshot[];
  workRecords: { confirmed: number; rejected: number; submitted: number };
  performanceEntries: { reviewed: number; submitted: number };
  /** Confirmed incentives (待遇落实), with the exemplar citation (示范标杆) where there is one. */
  incentives: readonly { round: string; measure: string; exemplarCitation: string | null }[];
  talentPool: { confirmed: boolean; recommendation: string | null } | null;
}

/** Sub-items of the default rubric that speak to each aspect (四查四看). */
const POLITICAL = ['5.1'];
const ABILITY = ['5.2', '5.3'];
const RESULTS_ITEM = '2';
const DISCIPLINE = ['1.3'];
const RECOGNITION = '3.1';
const HOST_UNIT = '3.2';
const ORGANIZATION = ['4.1', '4.2'];
const OPINION = '4.2';
/** A sub-item at or above this share of its maximum is a strength; below the other, a point to improve. */
const STRENGTH_PERCENT = 95;
const IMPROVE_PERCENT = 85;

const NO_RESULTS = '历练期间尚无定档的考核结果';

export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const fmt = (points: number) => points.toFixed(2);
const hundredths = (points: number) => Math.round(points * 100);

/** Share of the maximum over the entries that scored the sub-item, as a whole percent; null when none did. */
interface Aggregate {
  code: string;
  name: string;
  percent: number;
  series: { round: string; points: number; maxPoints: number }[];
}

function aggregate(entries: readonly DossierSnapshot[], code: string): Aggregate | null {
  const series: Aggregate['series'] = [];
  let name = '';
  for (const entry of entries) {
    const sub = entry.subItems.find((s) => s.code === code);
    if (!sub || sub.points === null) continue;
    name = sub.name;
    series.push({ round: entry.round.name, points: sub.points, maxPoints: sub.maxPoints });
  }
  if (series.length === 0) return null;
  const got = series.reduce((sum, s) => sum + hundredths(s.points), 0);
  const max = series.reduce((sum, s) => sum + hundredths(s.maxPoints), 0);
  return { code, name, percent: Math.round((100 * got) / max), series };
}

function seriesText(a: Aggregate): string {
  return `${a.name}（${a.code}）历次得分：${a.series.map((s) => `${s.round} ${fmt(s.points)}/${fmt(s.maxPoints)}`).join('，')}，得分率 ${a.percent}%`;
}

function missing(entries: readonly DossierSnapshot[], what: string, codes: readonly string[]): string {
  return entries.length === 0 ? `${NO_RESULTS}，缺少${what}方面的考核数据。` : `历次考核均未记录${codes.join('、')}的得分，缺少${what}方面的考核数据。`;
}

function judged(percent: number, high: string, middle: string, low: string): string {
  return percent >= 90 ? high : percent >= 75 ? middle : low;
}

function aspectFromScores(entries: readonly DossierSnapshot[], codes: readonly string[], what: string, judge: (percent: number) => string): string {
  const found = codes.map((code) => aggregate(entries, code)).filter((a): a is Aggregate => a !== null);
  if (found.length === 0) return missing(entries, what, codes);
  const percent = Math.round(found.reduce((sum, a) => sum + a.percent, 0) / found.length);
  return `${found.map(seriesText).join('；')}。${judge(percent)}`;
}

function basicFacts(f: AppraisalFacts): string {
  const { cadre, secondment } = f;
  const rank = cadre.rank ? `（${cadre.rank}）` : '';
  const group = secondment.groupLabel ? `，${secondment.groupLabel}` : '';
  return (
    `${cadre.name}，${cadre.gender}，${chineseDate(cadre.birthDate)}出生，${cadre.politicalStatus}，${cadre.education}学历，` +
    `${cadre.homeUnit}${cadre.position}${rank}。${chineseDate(secondment.startDate)}至${chineseDate(secondment.endDate)}在${secondment.hostUnit}挂职历练` +
    `（${secondment.category}${group}），任${secondment.post}。`
  );
}

function results(f: AppraisalFacts, entries: readonly DossierSnapshot[]): string {
  const parts: string[] = [];
  const item = entries.flatMap((e) => e.items.filter((i) => i.code === RESULTS_ITEM && i.points !== null).map((i) => ({ round: e.round.name, item: i })));
  if (item.length > 0) {
    const subs = entries[0].subItems.filter((s) => s.code.startsWith(`${RESULTS_ITEM}.`)).map((s) => aggregate(entries, s.code)).filter((a): a is Aggregate => a !== null);
    parts.push(
      `${item[0].item.name}（第${RESULTS_ITEM}大项）历次得分：${item.map((i) => `${i.round} ${fmt(i.item.points as number)}/${fmt(i.item.maxPoints)}`).join('，')}` +
        (subs.length > 0 ? `；其中${subs.map((s) => `${s.name}（${s.code}）得分率 ${s.percent}%`).join('，')}` : '') +
        '。',
    );
  } else {
    parts.push(missing(entries, '业绩', [RESULTS_ITEM]));
  }
  const { reviewed, submitted } = f.performanceEntries;
  const { confirmed, rejected } = f.workRecords;
  if (reviewed + submitted + confirmed + f.workRecords.submitted + rejected === 0) {
    parts.push('历练期间未采集到业绩信息和工作纪实（无数据）。');
  } else {
    parts.push(`采集业绩信息 ${reviewed + submitted} 条（已审核 ${reviewed} 条），填报工作纪实 ${confirmed + f.workRecords.submitted + rejected} 篇（用人单位确认 ${confirmed} 篇）。`);
  }
  const certified = [...entries].reverse().find((e) => e.certificates.length > 0);
  if (certified) {
    const lines = certified.certificates.map(
      (c) => `${c.certifier}出具：签约项目 ${c.projectsSigned} 个、落地项目 ${c.projectsLanded} 个、合同引资 ${c.contractedInvestment} 万元、到位资金 ${c.fundsInPlace} 万元`,
    );
    parts.push(`招商成效（${certified.round.name}，双出具）：${lines.join('；')}。`);
  }
  return parts.join('');
}

function discipline(entries: readonly DossierSnapshot[]): string {
  const parts = [aspectFromScores(entries, DISCIPLINE, '纪律作风', (p) => judged(p, '遵守纪律规矩，作风扎实。', '能够遵守纪律规矩。', '纪律作风方面存在不足，需严格要求。'))];
  const vetoed = entries.filter((e) => e.vetoReason);
  if (vetoed.length > 0) parts.push(vetoed.map((e) => `${e.round.name}因“${e.vetoReason}”一票否决，不得评为优秀。`).join(''));
  else if (entries.length > 0) parts.push('历次考核均无一票否决情形。');
  const notGraded = entries.filter((e) => e.notGradedReason);
  if (notGraded.length > 0) parts.push(notGraded.map((e) => `${e.round.name}不定等次（${e.notGradedReason}）。`).join(''));
  return parts.join('');
}

function counts(tally: Record<Rating, number>, unit: string): string {
  return RATINGS.map((r) => `${RATING_LABELS[r]} ${tally[r] ?? 0} ${unit}`).join('、');
}

function recognition(entries: readonly DossierSnapshot[]): string {
  const lines: string[] = [];
  for (const e of entries) {
    const sub = e.subItems.find((s) => s.code === RECOGNITION);
    const details: string[] = [];
    if (e.ballots) details.push(`民主测评应参评 ${e.ballots.expectedVoters} 人、实参评 ${e.ballots.cast} 人，${counts(e.ballots.counts, '票')}`);
    if (e.certificates.length > 0) details.push(`双出具评定：${e.certificates.map((c) => `${c.certifier}评定为“${RATING_LABELS[c.rating]}”`).join('，')}`);
    if (e.interviews.length > 0) {
      const tally = Object.fromEntries(RATINGS.map((r) => [r, e.interviews.filter((i) => i.rating === r).length])) as Record<Rating, number>;
      details.push(`服务对象谈话 ${e.interviews.length} 人次，${counts(tally, '人次')}`);
    }
    if (e.mutualEvaluation) details.push(`集中互评${counts(e.mutualEvaluation.counts, '票')}`);
    if (!sub || sub.points === null) {
      if (details.length > 0) lines.push(`${e.round.name}：${details.join('；')}`);
      continue;
    }
    lines.push(`${e.round.name}：${sub.name} ${fmt(sub.points)}/${fmt(sub.maxPoints)}${details.length > 0 ? `（${details.join('；')}）` : ''}`);
  }
  return lines.length > 0 ? `${lines.join('；')}。` : missing(entries, '群众公认', [RECOGNITION]);
}

function hostUnitOpinion(entries: readonly DossierSnapshot[]): string {
  const opinions = entries.filter((e) => e.hostUnitOpinion);
  const score = aggregate(entries, HOST_UNIT);
  if (opinions.length === 0 && !score) return entries.length === 0 ? `${NO_RESULTS}，用人单位尚未出具评价意见（无数据）。` : '用人单位尚未出具评价意见（无数据）。';
  const parts: string[] = [];
  if (opinions.length > 0) parts.push(`${opinions.map((e) => `${e.round.name}，${e.secondment.hostUnit}评价：“${e.hostUnitOpinion}”`).join('；')}。`);
  else parts.push('用人单位未出具书面评价意见（无数据）。');
  if (score) parts.push(`${seriesText(score)}。`);
  return parts.join('');
}

function organizationOpinion(entries: readonly DossierSnapshot[]): string {
  const base = aspectFromScores(entries, ORGANIZATION, '组织评价', (p) => judged(p, '组织部门综合评价较高。', '组织部门综合评价良好。', '组织部门综合评价一般。'));
  const comments = entries.flatMap((e) => {
    const comment = e.subItems.find((s) => s.code === OPINION)?.comment;
    return [...(comment ? [`${e.round.name}综合评价意见：${comment}`] : []), ...(e.leaderComment ? [`${e.round.name}审定意见：${e.leaderComment}`] : [])];
  });
  return comments.length > 0 ? `${base}${comments.join('；')}。` : base;
}

function trend(totals: readonly number[]): string {
  if (totals.length < 2) return '仅有一次考核结果，尚不能判断变化趋势。';
  const steps = totals.slice(1).map((t, i) => hundredths(t) - hundredths(totals[i]));
  const from = fmt(totals[0]);
  const to = fmt(totals[totals.length - 1]);
  if (steps.every((s) => s === 0)) return `历次总分均为 ${from}，保持稳定。`;
  if (steps.every((s) => s >= 0)) return `总分由 ${from} 升至 ${to}，呈上升趋势。`;
  if (steps.every((s) => s <= 0)) return `总分由 ${from} 降至 ${to}，呈下降趋势。`;
  return `总分在 ${fmt(Math.min(...totals))} 至 ${fmt(Math.max(...totals))} 之间波动，最近一次为 ${to}。`;
}

function gradeCounts(entries: readonly DossierSnapshot[]): string {
  const parts = Object.values(Grade)
    .map((g) => [GRADE_LABELS[g], entries.filter((e) => e.grade === g).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} ${n} 次`);
  const notGraded = entries.filter((e) => e.grade === null).length;
  if (notGraded > 0) parts.push(`不定等次 ${notGraded} 次`);
  return parts.join('、');
}

function grades(entries: readonly DossierSnapshot[]): string {
  if (entries.length === 0) return `${NO_RESULTS}（无数据）。`;
  const list = entries.map((e) => `${e.round.name} ${e.gradeLabel ?? '不定等次'}（总分 ${e.total === null ? '—' : fmt(e.total)}${e.rank ? `，排名第 ${e.rank}` : ''}）`);
  const totals = entries.map((e) => e.total).filter((t): t is number => t !== null);
  return `历练期间共参加考核 ${entries.length} 次：${list.join('；')}。其中${gradeCounts(entries)}。${trend(totals)}`;
}

function incentives(f: AppraisalFacts): string {
  const parts: string[] = [];
  if (f.incentives.length > 0) parts.push(`${f.incentives.map((i) => `${i.round}：${i.measure}`).join('；')}。`);
  const exemplars = f.incentives.filter((i) => i.exemplarCitation);
  if (exemplars.length > 0) parts.push(`被树立为挂职历练干部示范标杆：${exemplars.map((i) => i.exemplarCitation).join('；')}。`);
  if (f.talentPool?.confirmed) parts.push(`已列入全区选拔使用干部储备人才备选对象${f.talentPool.recommendation ? `，推荐意见：${f.talentPool.recommendation}` : ''}。`);
  if (parts.length === 0) return f.entries.length === 0 ? `${NO_RESULTS}，无激励记录。` : '历练期间未获激励，未列入储备人才。';
  return parts.join('');
}

function allAggregates(entries: readonly DossierSnapshot[]): Aggregate[] {
  const codes = [...new Set(entries.flatMap((e) => e.subItems.map((s) => s.code)))];
  return codes.map((code) => aggregate(entries, code)).filter((a): a is Aggregate => a !== null);
}

const percentList = (list: readonly Aggregate[]) => list.map((a) => `${a.name}${a.percent}%`).join('、');

function strengths(entries: readonly DossierSnapshot[]): string {
  const all = allAggregates(entries).sort((a, b) => b.percent - a.percent || a.code.localeCompare(b.code));
  if (all.length === 0) return `${NO_RESULTS}，缺少判断优点的考核数据。`;
  const strong = all.filter((a) => a.percent >= STRENGTH_PERCENT).slice(0, 4);
  if (strong.length > 0) return `从历次考核看，${strong.map((a) => a.name).join('、')}等方面表现突出（得分率：${percentList(strong)}）。`;
  const best = all.slice(0, 3);
  return `各小项得分率均未达到 ${STRENGTH_PERCENT}%；相对较好的是${best.map((a) => a.name).join('、')}（得分率：${percentList(best)}）。`;
}

function improvements(entries: readonly DossierSnapshot[]): string {
  const all = allAggregates(entries).sort((a, b) => a.percent - b.percent || a.code.localeCompare(b.code));
  if (all.length === 0) return `${NO_RESULTS}，缺少判断不足的考核数据。`;
  const weak = all.filter((a) => a.percent < IMPROVE_PERCENT).slice(0, 3);
  if (weak.length > 0) return `${weak.map((a) => a.name).join('、')}得分相对较低（得分率：${percentList(weak)}），今后需在这些方面下功夫。`;
  return `各小项得分率均在 ${IMPROVE_PERCENT}% 以上；相对而言，${all[0].name}（得分率 ${all[0].percent}%）仍有提升空间。`;
}

const VERDICT: Readonly<Record<Grade, string>> = {
  [Grade.Excellent]: '历练成效显著，表现优秀',
  [Grade.Competent]: '较好地完成了历练任务，表现称职',
  [Grade.BasicallyCompetent]: '基本完成历练任务，表现基本称职',
  [Grade.Incompetent]: '未能完成历练任务',
};

function conclusion(f: AppraisalFacts, entries: readonly DossierSnapshot[]): string {
  if (entries.length === 0) return `因${NO_RESULTS}，暂不能形成鉴定结论，请组织部门补充考核后再行鉴定。`;
  const latest = entries[entries.length - 1];
  const verdict = latest.grade ? `${VERDICT[latest.grade]}。` : '最近一次考核不定等次，鉴定结论请组织部门研究确定。';
  return (
    `${f.cadre.name}同志在${f.secondment.hostUnit}挂职历练期间，共参加考核 ${entries.length} 次，其中${gradeCounts(entries)}，` +
    `最近一次（${latest.round.name}）等次为${latest.gradeLabel ?? '不定等次'}。综合鉴定：${verdict}`
  );
}

/** In the order the rounds ran: by period end, then by finalization. */
function chronological(entries: readonly DossierSnapshot[]): DossierSnapshot[] {
  return [...entries].sort((a, b) => a.round.periodEnd.localeCompare(b.round.periodEnd) || a.finalizedAt.localeCompare(b.finalizedAt));
}

/**
 * Composes the comprehensive appraisal (综合鉴定) of one secondment from its data: one
 * section per aspect, in Chinese. Where data is missing, the section says so instead of
 * writing a phrase nobody could back.
 */
export function composeAppraisal(facts: AppraisalFacts): AppraisalSection[] {
  const entries = chronological(facts.entries);
  const text: Record<AppraisalAspect, string> = {
    [AppraisalAspect.BasicFacts]: basicFacts(facts),
    [AppraisalAspect.PoliticalQuality]: aspectFromScores(entries, POLITICAL, '政治素质', (p) =>
      judged(p, '政治立场坚定，能够坚决贯彻落实区委决策部署。', '政治态度端正，能够贯彻落实上级决策部署。', '政治素质方面存在差距，需进一步加强理论学习和党性锻炼。'),
    ),
    [AppraisalAspect.WorkAbility]: aspectFromScores(entries, ABILITY, '工作能力', (p) =>
      judged(p, '工作思路清晰，统筹协调和解决复杂问题的能力较强。', '具备履行岗位职责的能力，工作思路较为清晰。', '工作能力有待提升，需在实践中加强锻炼。'),
    ),
    [AppraisalAspect.Results]: results(facts, entries),
    [AppraisalAspect.Discipline]: discipline(entries),
    [AppraisalAspect.Recognition]: recognition(entries),
    [AppraisalAspect.HostUnitOpinion]: hostUnitOpinion(entries),
    [AppraisalAspect.OrganizationOpinion]: organizationOpinion(entries),
    [AppraisalAspect.Grades]: grades(entries),
    [AppraisalAspect.Incentives]: incentives(facts),
    [AppraisalAspect.Strengths]: strengths(entries),
    [AppraisalAspect.Improvements]: improvements(entries),
    [AppraisalAspect.Conclusion]: conclusion(facts, entries),
  };
  return APPRAISAL_ASPECTS.map((aspect) => ({ aspect, title: APPRAISAL_ASPECT_TITLES[aspect], text: text[aspect] }));
}
