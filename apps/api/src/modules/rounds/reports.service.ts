import { PassThrough, type Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  chineseDate,
  DomainError,
  Grade,
  GRADE_LABELS,
  IncentiveStatus,
  quotaCount,
  ratingPoints,
  RoundStatus,
  SCORE_SOURCE_LABELS,
  ScoreSource,
  SECONDMENT_CATEGORY,
  SecondmentCategory,
  tallyBallots,
  TalentPoolStatus,
  toPoints,
} from '@app/domain';
import {
  type BallotLine,
  type DetailLine,
  type DistributionLine,
  type ReportMeta,
  type ReportSubItem,
  type SummaryLine,
  writeBallotTally,
  writeDistribution,
  writeIncentives,
  writeRoundSummary,
  writeScoreDetails,
  writeTalentPool,
} from '@app/excel';
import type { SignedInActor } from '../../common/auth/actor';
import { objectScopeOf, type ObjectScope } from '../../common/auth/object-scope';
import { AssessmentScoring, rubricOf } from '../assessments/assessment-scoring';
import { AssessmentsRepository, type ReportRow } from '../assessments/assessments.repository';
import { BallotsRepository } from '../ballots/ballots.repository';
import { MAX_PAGE_SIZE } from '../../common/paging/page';
import { IncentivesService } from '../incentives/incentives.service';
import type { AssessmentRound } from './assessment-round.entity';
import { quotaOf } from './quota';
import { RoundsRepository } from './rounds.repository';

/** Assessments read and written per step: memory stays flat, and other requests get their turn between pages. */
const PAGE = 500;
/** Results are stored from submission on. */
const WITH_RESULTS: ReadonlySet<RoundStatus> = new Set([RoundStatus.Submitted, RoundStatus.Approved, RoundStatus.Publicity, RoundStatus.Finalized]);

const INCENTIVE_STATUS_LABELS: Readonly<Record<IncentiveStatus, string>> = { PROPOSED: '待确认', CONFIRMED: '已落实', REJECTED: '不予落实' };
const TALENT_STATUS_LABELS: Readonly<Record<TalentPoolStatus, string>> = { PROPOSED: '拟入库', CONFIRMED: '已入库', DECLINED: '未入库' };

export interface Report {
  filename: string;
  stream: Readable;
}

/**
 * The organization department's report set for a round, streamed page by page. A
 * host unit's summary and details hold only its own cadres; the other reports need
 * permissions a host unit does not have.
 */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly scoring: AssessmentScoring,
    private readonly ballots: BallotsRepository,
    private readonly incentivesService: IncentivesService,
  ) {}

  async summary(actor: SignedInActor, roundId: string): Promise<Report> {
    const round = await this.withResults(roundId);
    const subItems = this.subItems(round);
    const scope = objectScopeOf(actor.user);
    const lines = async function* (this: ReportsService): AsyncGenerator<SummaryLine> {
      for await (const ids of this.idPages(round, scope)) yield* await this.summaryLines(round, subItems, ids);
    };
    return this.stream(`${round.name}考核结果汇总表.xlsx`, (out) => writeRoundSummary(out, this.meta(round), subItems, lines.call(this)));
  }

  /**
   * A page of the summary's lines, and nothing else of the page: its rows, inputs and
   * results are garbage before the lines are written, so they can die young instead of
   * surviving the collections the writing's allocations bring on.
   */
  private async summaryLines(round: AssessmentRound, subItems: ReportSubItem[], ids: string[]): Promise<SummaryLine[]> {
    const page = await this.assessments.reportRows(ids);
    const score = await this.scoring.scorer(round, page);
    return page.map((a) => {
      const points = new Map(score(a).subItems.map((s) => [s.code, s.points]));
      return {
        name: a.name,
        homeUnit: a.homeUnit,
        hostUnit: a.hostUnit,
        post: a.post,
        category: SECONDMENT_CATEGORY.label(a.category),
        points: subItems.map((s) => {
          const p = points.get(s.code);
          return p === undefined || p === null ? null : toPoints(p);
        }),
        total: a.total === null ? null : toPoints(a.total),
        rank: a.rank,
        grade: a.grade ? GRADE_LABELS[a.grade] : '不定等次',
      };
    });
  }

  async details(actor: SignedInActor, roundId: string): Promise<Report> {
    const round = await this.round(roundId);
    const scope = objectScopeOf(actor.user);
    const lines = async function* (this: ReportsService): AsyncGenerator<DetailLine> {
      for await (const page of this.pages(round, scope)) {
        const [results, entered] = await Promise.all([this.scoring.scoreAll(round, page), this.assessments.scoresOf(page.map((a) => a.id))]);
        const people = await this.names([...new Set([...entered.values()].flat().map((s) => s.enteredBy))]);
        for (const a of page) {
          for (const sub of results.get(a.id)?.subItems ?? []) {
            const stored = entered.get(a.id)?.find((s) => s.subItemCode === sub.code);
            yield {
              name: a.name,
              hostUnit: a.hostUnit,
              subItemCode: sub.code,
              subItemName: sub.name,
              points: sub.points === null ? null : toPoints(sub.points),
              maxPoints: toPoints(sub.maxPoints),
              source: sub.sources.map((s) => SCORE_SOURCE_LABELS[s]).join('＋'),
              enteredBy: stored ? (people.get(stored.enteredBy) ?? '') : sub.points === null ? '' : '系统计算',
              enteredAt: stored ? chineseDateTime(stored.enteredAt) : '',
              comment: stored?.comment ?? sub.explanation,
            };
          }
        }
      }
    };
    return this.stream(`${round.name}评分明细表.xlsx`, (out) => writeScoreDetails(out, this.meta(round), lines.call(this)));
  }

  async ballotTally(roundId: string): Promise<Report> {
    const round = await this.round(roundId);
    const lines = async function* (this: ReportsService): AsyncGenerator<BallotLine> {
      const rubric = rubricOf(round);
      // The sub-item ballots feed (3.1), converted from the ballots alone.
      const ballotMax = rubric.items.flatMap((i) => i.subItems).find((s) => s.source === ScoreSource.Ballots)?.maxPoints ?? 0;
      for await (const page of this.pages(round, { kind: 'ALL' })) {
        const sessions = await this.ballots.latestClosed(page.map((a) => a.id));
        for (const a of page) {
          const session = sessions.get(a.id);
          if (!session) continue;
          const tally = tallyBallots(session.expectedVoters, session.counts, round.minParticipationPercent);
          const score = tally.usable ? ratingPoints(ballotMax, tally.counts, rubric.ratingWeights) : null;
          yield {
            name: a.name,
            hostUnit: a.hostUnit,
            category: SECONDMENT_CATEGORY.label(a.category),
            expectedVoters: tally.expectedVoters,
            cast: tally.cast,
            participationPercent: tally.participationPercent,
            counts: [tally.counts.EXCELLENT, tally.counts.COMPETENT, tally.counts.BASICALLY_COMPETENT, tally.counts.INCOMPETENT],
            percentages: [tally.percentages.EXCELLENT, tally.percentages.COMPETENT, tally.percentages.BASICALLY_COMPETENT, tally.percentages.INCOMPETENT],
            invalid: tally.invalid,
            usable: tally.usable,
            score: score === null ? null : toPoints(score),
          };
        }
      }
    };
    return this.stream(`${round.name}民主测评统计表.xlsx`, (out) => writeBallotTally(out, this.meta(round), lines.call(this)));
  }

  async distribution(roundId: string): Promise<Report> {
    const round = await this.withResults(roundId);
    const rows: { category: SecondmentCategory; host_unit: string; grade: Grade | null; n: number }[] = await this.dataSource.query(
      `SELECT a.category, u.name AS host_unit, a.grade, count(*)::int AS n
         FROM assessment a JOIN unit u ON u.id = a.host_unit_id
        WHERE a.round_id = $1 GROUP BY a.category, u.name, a.grade`,
      [roundId],
    );
    const tally = (keyOf: (r: (typeof rows)[number]) => string, order: readonly string[]): DistributionLine[] => {
      const lines = new Map<string, DistributionLine>(order.map((label) => [label, { label, graded: 0, counts: [0, 0, 0, 0], notGraded: 0 }]));
      for (const r of rows) {
        const key = keyOf(r);
        const line = lines.get(key) ?? { label: key, graded: 0, counts: [0, 0, 0, 0], notGraded: 0 };
        if (r.grade === null) line.notGraded += r.n;
        else {
          line.graded += r.n;
          const counts = [...line.counts] as [number, number, number, number];
          counts[Object.values(Grade).indexOf(r.grade)] += r.n;
          line.counts = counts;
        }
        lines.set(key, line);
      }
      return [...lines.values()];
    };
    const categories = Object.values(SecondmentCategory).map((c) => SECONDMENT_CATEGORY.label(c));
    const byCategory = tally((r) => SECONDMENT_CATEGORY.label(r.category), categories);
    const byHostUnit = tally((r) => r.host_unit, []).sort((a, b) => a.label.localeCompare(b.label, 'zh'));
    const graded = byCategory.reduce((sum, l) => sum + l.graded, 0);
    const quota = quotaOf(round);
    const places = quotaCount(quota, graded);
    const rule = quota.kind === 'COUNT' ? `定额 ${quota.count} 名` : `定等人数的 ${quota.percent}%`;
    const used = byCategory.reduce((sum, l) => sum + l.counts[0], 0);
    return this.stream(`${round.name}等次分布表.xlsx`, (out) =>
      writeDistribution(out, this.meta(round), { byCategory, byHostUnit, quota: { places, used, rule: round.quotaApproval ? `${rule}，${round.quotaApproval}` : rule } }),
    );
  }

  async incentives(roundId: string): Promise<Report> {
    const round = await this.round(roundId);
    if (round.status !== RoundStatus.Finalized) throw DomainError.conflict('incentives are proposed when the round is finalized', '本轮考核尚未办结，激励落实表须在办结后导出');
    // A round's Excellent are few: one list.
    const lines = (await this.incentivesService.listForRound(roundId)).map((r) => ({
      name: r.cadreName,
      hostUnit: r.hostUnit,
      total: r.total,
      rank: r.rank,
      proposedMeasure: r.proposedMeasure,
      status: INCENTIVE_STATUS_LABELS[r.status],
      measure: r.measure ?? '',
      note: r.note ?? '',
      exemplar: r.exemplar ? (r.exemplarCitation ?? '是') : '',
    }));
    return this.stream(`${round.name}激励落实表.xlsx`, (out) => writeIncentives(out, this.meta(round), lines));
  }

  async talentPool(): Promise<Report> {
    const incentives = this.incentivesService;
    const lines = (async function* () {
      for (let page = 1; ; page++) {
        const { items } = await incentives.talentPool({ page, pageSize: MAX_PAGE_SIZE });
        for (const r of items) {
          yield {
            name: r.name,
            homeUnit: r.homeUnit,
            position: r.position,
            excellentRounds: r.excellentRounds,
            priority: r.priority ? '是' : '',
            latestTotal: r.latestTotal,
            latestGrade: r.latestGrade ? GRADE_LABELS[r.latestGrade] : '',
            status: TALENT_STATUS_LABELS[r.status],
            recommendation: r.recommendation ?? '',
          };
        }
        if (items.length < MAX_PAGE_SIZE) return;
      }
    })();
    return this.stream('挂职历练干部储备人才库.xlsx', (out) => writeTalentPool(out, `导出时间：${chineseDate(new Date().toISOString())}`, lines));
  }

  private async round(roundId: string): Promise<AssessmentRound> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw DomainError.notFound('round', roundId);
    return round;
  }

  private async withResults(roundId: string): Promise<AssessmentRound> {
    const round = await this.round(roundId);
    if (!WITH_RESULTS.has(round.status)) throw DomainError.conflict('考核结果尚未提交，暂不能导出（提交审定后可导出）', '本轮考核结果尚未报送审批，暂不能导出（报送审批后可导出）', { status: round.status });
    return round;
  }

  /** The ids of the round's assessments the scope may see, by rank then name, a page at a time. */
  private async *idPages(round: AssessmentRound, scope: ObjectScope): AsyncGenerator<string[]> {
    const order = await this.assessments.reportOrder(round.id, scope);
    for (let i = 0; i < order.length; i += PAGE) yield order.slice(i, i + PAGE);
  }

  /** The round's assessments the scope may see, by rank then name, a page at a time. */
  private async *pages(round: AssessmentRound, scope: ObjectScope): AsyncGenerator<ReportRow[]> {
    for await (const ids of this.idPages(round, scope)) yield await this.assessments.reportRows(ids);
  }

  private subItems(round: AssessmentRound): ReportSubItem[] {
    return rubricOf(round).items.flatMap((item) => item.subItems.map((s) => ({ code: s.code, name: s.name, itemCode: item.code, itemName: item.name })));
  }

  private meta(round: AssessmentRound): ReportMeta {
    return {
      round: round.name,
      period: `考核期间：${chineseDate(round.periodStart)}至${chineseDate(round.periodEnd)}`,
      exportedAt: `导出时间：${chineseDate(new Date().toISOString())}`,
    };
  }

  private async names(userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await this.dataSource.query('SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])', [userIds]);
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  /** Starts writing into a stream the reply sends as it fills; a failure half-way cuts the download and is logged. */
  private stream(filename: string, write: (output: PassThrough) => Promise<void>): Report {
    const output = new PassThrough();
    write(output).catch((error: unknown) => {
      this.logger.error(`export ${filename} failed: ${error instanceof Error ? error.message : String(error)}`);
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return { filename, stream: output };
  }
}

function chineseDateTime(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `${chineseDate(local)} ${local.slice(11, 16)}`;
}
