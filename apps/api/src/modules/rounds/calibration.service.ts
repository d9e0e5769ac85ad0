import { Injectable } from '@nestjs/common';
import {
  assessmentFlow,
  calibrate,
  type Calibration,
  type CalibrationCandidate,
  chineseDate,
  DomainError,
  type FlowStep,
  Grade,
  type GradeProposal,
  type InvalidField,
  ProposalStatus,
  proposeAgain,
  publicityEndsAt,
  ROUND_STATUS_LABELS,
  RoundStatus,
  toPoints,
  unmetExcellentRequirements,
} from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { refOf } from '../../common/dto/ref.dto';
import { sentFields } from '../../common/validation/changes';
import { AssessmentScoring, rubricOf } from '../assessments/assessment-scoring';
import type { Assessment } from '../assessments/assessment.entity';
import { AssessmentsRepository, type BoardRow } from '../assessments/assessments.repository';
import { AuditService } from '../audit/audit.service';
import { DossierWriter } from './dossier-writer';
import type { AssessmentRound } from './assessment-round.entity';
import { quotaOf } from './quota';
import type { CalibrateAssessmentDto, CalibrationResponse, CalibrationRowResponse } from './dto/calibration.dto';
import { RoundsRepository } from './rounds.repository';
import { PublicityService } from '../publicity/publicity.service';
import { RecommendationsService } from '../recommendations/recommendations.service';

/** China Standard Time's offset: the day a refusal names is the day in China. */
const CHINA_STANDARD_TIME_MS = 8 * 3_600_000;

/**
 * The calibration board and the round's later steps: proposals from the pure
 * calibrate() over the stored scores, the decisions people add (veto, not graded,
 * overrides with reasons), and the submission that fixes grades and ranks.
 */
@Injectable()
export class CalibrationService {
  constructor(
    private readonly rounds: RoundsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly scoring: AssessmentScoring,
    private readonly audit: AuditService,
    private readonly recommendations: RecommendationsService,
    private readonly publicity: PublicityService,
    private readonly dossiers: DossierWriter,
  ) {}

  async view(round: AssessmentRound): Promise<CalibrationResponse> {
    const { all, candidates, calibration } = await this.propose(round);
    const live = new Map(calibration.proposals.map((p) => [p.id, p]));
    // A finalized round shows each result as it was fixed (or fixed again after a reopening),
    // explained by its stored total and rank; a reopened one, beside it, the proposal it would be
    // fixed again with (within the places the others leave, as refinalizing makes it).
    const finalized = round.status === RoundStatus.Finalized;
    const proposalOf = (a: BoardRow): GradeProposal | undefined => {
      if (!finalized) return live.get(a.id);
      if (a.reopenedAt) {
        const others = [...all.values()].filter((o) => o.id !== a.id);
        return proposeAgain(rubricOf(round), candidates.get(a.id) as CalibrationCandidate, quotaOf(round), others, !!round.quotaApproval).proposal;
      }
      return {
        id: a.id,
        total: a.total,
        rank: a.rank,
        grade: a.grade,
        status: a.grade === null ? ProposalStatus.NotGraded : ProposalStatus.Graded,
        reasons: a.total === null ? [] : [`总分 ${toPoints(a.total).toFixed(2)}${a.rank === null ? '' : `，排名第 ${a.rank}`}（办结结果）`],
      };
    };
    const rows: CalibrationRowResponse[] = calibration.proposals
      .map((p) => all.get(p.id) as BoardRow)
      .map((a) => {
        const p = proposalOf(a);
        if (!p) throw new Error(`no proposal for assessment ${a.id}`);
        return {
          assessmentId: a.id,
          cadre: refOf(a.cadre, a.cadreId),
          category: a.category,
          total: finalized ? (a.total === null ? null : toPoints(a.total)) : p.total === null ? null : toPoints(p.total),
          rank: finalized ? a.rank : p.rank,
          status: p.status,
          proposedGrade: p.grade,
          reasons: p.reasons,
          grade: finalized ? a.grade : decided(a, p.status, p.grade),
          override: a.gradeOverride
            ? { grade: a.gradeOverride, reason: a.overrideReason ?? '', by: a.overrideBy ?? '', at: a.overrideAt?.toISOString() ?? '' }
            : null,
          veto: a.veto,
          vetoReason: a.vetoReason,
          notGradedReason: a.notGradedReason,
          reopenedAt: a.reopenedAt ? new Date(a.reopenedAt).toISOString() : null,
          version: a.version,
        };
      });
    return {
      quota: calibration.quota,
      excellent: rows.filter((r) => r.grade === Grade.Excellent).length,
      // Ties at the line are decided before finalization; a finalized round has none to decide.
      tie: calibration.tie && !finalized ? { assessmentIds: calibration.tie.ids, places: calibration.tie.places } : null,
      rows,
    };
  }

  /** Veto, not graded, or a grade by hand, each with its reason; only during calibration. */
  async decide(actor: SignedInActor, assessmentId: string, dto: CalibrateAssessmentDto): Promise<void> {
    const current = await this.assessments.findById(assessmentId, { kind: 'ALL' });
    if (!current) throw DomainError.notFound('assessment', assessmentId);
    const { version, ...changes } = sentFields(dto);
    const next = { ...current, ...changes };
    const problems: InvalidField[] = [];
    if (next.veto && !next.vetoReason) problems.push({ field: 'vetoReason', message: 'a veto needs its reason', inChinese: '一票否决须写明理由' });
    if (changes.gradeOverride && !changes.overrideReason) problems.push({ field: 'overrideReason', message: 'an override needs its reason', inChinese: '调整等次须写明理由' });
    if (next.veto && next.gradeOverride === Grade.Excellent) problems.push({ field: 'gradeOverride', message: 'a vetoed cadre cannot be Excellent', inChinese: '已一票否决，不能评为优秀' });
    if (changes.gradeOverride === Grade.Excellent) {
      const unmet = await this.unmetExcellentRequirements(current);
      if (unmet.length > 0) problems.push({ field: 'gradeOverride', message: `cannot be Excellent: ${unmet.join(', ')}`, inChinese: `不能评为优秀：${unmet.join('；')}` });
    }
    if (problems.length > 0) throw DomainError.invalidFields(problems);
    const overrideChanged = changes.gradeOverride !== undefined;
    await this.assessments.transaction(async (manager) => {
      const status = await this.rounds.lockStatus(manager, current.roundId);
      if (status !== RoundStatus.Calibration) throw DomainError.conflict(`the round is ${status}; decisions are made during CALIBRATION`, `本轮考核当前处于“${ROUND_STATUS_LABELS[status]}”状态，只有在“校准中”阶段才能作出一票否决、不定等次或调整等次`);
      const fields = {
        ...(changes.veto !== undefined ? { veto: changes.veto } : {}),
        ...(changes.vetoReason !== undefined ? { vetoReason: changes.vetoReason } : {}),
        ...(changes.notGradedReason !== undefined ? { notGradedReason: changes.notGradedReason } : {}),
        ...(overrideChanged
          ? {
              gradeOverride: changes.gradeOverride ?? null,
              overrideReason: changes.gradeOverride ? (changes.overrideReason ?? null) : null,
              overrideBy: changes.gradeOverride ? actor.user.userId : null,
              overrideAt: changes.gradeOverride ? new Date() : null,
            }
          : {}),
      };
      if (!(await this.assessments.updateAtVersion(manager, assessmentId, dto.version, fields))) throw DomainError.versionConflict('assessment', assessmentId);
      await this.audit.record(manager, actor, {
        action: 'assessment.calibrated',
        targetType: 'assessment',
        targetId: assessmentId,
        before: { veto: current.veto, vetoReason: current.vetoReason, notGradedReason: current.notGradedReason, gradeOverride: current.gradeOverride, overrideReason: current.overrideReason },
        after: { ...fields },
      });
    });
  }

  /**
   * Every assessment needs a grade (or 不定等次), no tie may stay open, and the
   * Excellent may not exceed the quota unless an approval is recorded on the round.
   * Then grades, ranks and totals are fixed for the leader.
   */
  async submit(actor: SignedInActor, round: AssessmentRound): Promise<void> {
    const board = await this.view(round);
    const undecided = board.rows.filter((r) => r.grade === null && !r.notGradedReason);
    if (undecided.length > 0) {
      throw DomainError.conflict(
        `${undecided.length} 项考核尚未确定等次（同分待定或评分未完成）`,
        `尚有 ${undecided.length} 项考核未确定等次（同分待定或评分未完成），暂不能报送审批`,
        { assessmentIds: undecided.map((r) => r.assessmentId) },
      );
    }
    if (board.excellent > board.quota && !round.quotaApproval) {
      throw DomainError.conflict(
        `优秀 ${board.excellent} 人，超出名额 ${board.quota} 人，且未记录超额审批`,
        `评为优秀 ${board.excellent} 人，超过优秀名额（${board.quota} 人），且未登记超额审批，暂不能报送审批`,
        { excellent: board.excellent, quota: board.quota },
      );
    }
    await this.rounds.transaction(async (manager) => {
      await this.assessments.setResults(
        manager,
        board.rows.map((r) => ({ id: r.assessmentId, grade: r.notGradedReason ? null : r.grade, rank: r.rank, total: r.total === null ? null : Math.round(r.total * 100) })),
      );
      await this.moveWithManager(manager, actor, round, RoundStatus.Submitted, 'round.submitted', { excellent: board.excellent, quota: board.quota });
    });
  }

  async leaderDecision(actor: SignedInActor, round: AssessmentRound, approve: boolean, comment: string | undefined): Promise<void> {
    if (!approve && !comment) throw DomainError.invalidInput('comment', 'a return needs its reason', '退回需写明理由');
    await this.rounds.transaction(async (manager) => {
      await this.moveWithManager(manager, actor, round, approve ? RoundStatus.Approved : RoundStatus.Calibration, approve ? 'round.approved' : 'round.returned', { comment: comment ?? null }, { leaderComment: comment ?? null });
    });
  }

  async startPublicity(actor: SignedInActor, round: AssessmentRound): Promise<void> {
    const startedAt = new Date();
    const endsAt = publicityEndsAt(startedAt, await this.publicity.holidaySet());
    await this.rounds.transaction((manager) =>
      this.moveWithManager(manager, actor, round, RoundStatus.Publicity, 'round.publicity_started', { endsAt: endsAt.toISOString() }, { publicityStartedAt: startedAt }),
    );
  }

  /** After the publicity period (weekends and listed holidays excluded) and with no objection open. */
  async finalize(actor: SignedInActor, round: AssessmentRound): Promise<void> {
    if (!round.publicityStartedAt) throw DomainError.conflict('the round has not been publicized', '本轮考核结果尚未公示，不能办结');
    const endsAt = publicityEndsAt(round.publicityStartedAt, await this.publicity.holidaySet());
    if (endsAt.getTime() > Date.now()) {
      const firstDay = chineseDate(new Date(endsAt.getTime() + CHINA_STANDARD_TIME_MS).toISOString());
      throw DomainError.conflict(`公示期未满（至 ${endsAt.toISOString()}）`, `公示期未满，${firstDay}起方可办结`, { publicityEndsAt: endsAt.toISOString() });
    }
    const open = await this.publicity.openCount(round.id);
    if (open > 0) throw DomainError.conflict(`尚有 ${open} 件异议未处理`, `尚有 ${open} 件异议未处理，处理完毕后方可办结`, { openObjections: open });
    const finalizedAt = new Date();
    const assessments = await this.assessments.findByRound(round.id, { kind: 'ALL' });
    const snapshots = await this.dossiers.snapshots(round, assessments, finalizedAt);
    await this.rounds.transaction(async (manager) => {
      const written = await this.dossiers.append(
        manager,
        round,
        assessments.flatMap((assessment) => {
          const snapshot = snapshots.get(assessment.id);
          return snapshot ? [{ assessment, snapshot }] : [];
        }),
      );
      await this.moveWithManager(manager, actor, round, RoundStatus.Finalized, 'round.finalized', { ...written }, { finalizedAt });
    });
  }

  /** The steps this assessment needs and what blocks each (GET /api/assessments/:id/flow). */
  async flow(actor: SignedInActor, assessmentId: string): Promise<FlowStep[]> {
    const assessment = await this.assessments.findById(assessmentId, objectScopeOf(actor.user));
    if (!assessment) throw DomainError.notFound('assessment', assessmentId);
    const round = await this.rounds.findById(assessment.roundId);
    if (!round) throw DomainError.notFound('round', assessment.roundId);
    const score = (await this.scoring.scoreAll(round, [assessment])).get(assessmentId);
    if (!score) throw DomainError.notFound('assessment', assessmentId);
    const recommended = (await this.recommendations.recommendedIn(round.id)).has(assessmentId);
    const certificatesIssued = (await this.scoring.certificatesIssued([assessmentId])).get(assessmentId) ?? 0;
    return assessmentFlow(rubricOf(round), assessment.category, score, { recommended, certificatesIssued });
  }

  /** The category's Excellent requirements this assessment does not meet, as calibration words them. */
  private async unmetExcellentRequirements(assessment: Assessment): Promise<string[]> {
    const round = await this.rounds.findById(assessment.roundId);
    if (!round) return [];
    const rubric = rubricOf(round);
    if ((rubric.excellentRequirements[assessment.category] ?? []).length === 0) return [];
    const recommended = (await this.recommendations.recommendedIn(round.id)).has(assessment.id);
    const certificatesIssued = (await this.scoring.certificatesIssued([assessment.id])).get(assessment.id) ?? 0;
    return unmetExcellentRequirements(rubric, { category: assessment.category, recommended, certificatesIssued });
  }

  private async propose(round: AssessmentRound): Promise<{ all: Map<string, BoardRow>; candidates: Map<string, CalibrationCandidate>; calibration: Calibration }> {
    const assessments = await this.assessments.boardRows(round.id);
    const results = await this.scoring.scoreAll(round, assessments);
    const certificates = await this.scoring.certificatesIssued(assessments.map((a) => a.id));
    const recommended = await this.recommendations.recommendedIn(round.id);
    const candidates: CalibrationCandidate[] = assessments.map((a) => ({
      id: a.id,
      category: a.category,
      total: results.get(a.id)?.total ?? null,
      veto: a.veto,
      notGradedReason: a.notGradedReason,
      recommended: recommended.has(a.id),
      certificatesIssued: certificates.get(a.id) ?? 0,
    }));
    const calibration = calibrate(rubricOf(round), candidates, quotaOf(round));
    return { all: new Map(assessments.map((a) => [a.id, a])), candidates: new Map(candidates.map((c) => [c.id, c])), calibration };
  }

  private async moveWithManager(
    manager: Parameters<RoundsRepository['lockStatus']>[0],
    actor: SignedInActor,
    round: AssessmentRound,
    to: RoundStatus,
    action: string,
    details: Record<string, unknown>,
    extra: Parameters<RoundsRepository['updateAtVersion']>[3] = {},
  ): Promise<void> {
    if (!(await this.rounds.updateAtVersion(manager, round.id, round.version, { status: to, ...extra }))) throw DomainError.versionConflict('round', round.id);
    await this.audit.record(manager, actor, { action, targetType: 'round', targetId: round.id, before: { status: round.status }, after: { status: to, ...details } });
  }
}

function decided(a: Pick<Assessment, 'notGradedReason' | 'gradeOverride'>, status: ProposalStatus, proposed: Grade | null): Grade | null {
  if (a.notGradedReason) return null;
  if (a.gradeOverride) return a.gradeOverride;
  return status === ProposalStatus.Graded ? proposed : null;
}
