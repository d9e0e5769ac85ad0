import { Injectable } from '@nestjs/common';
import { DomainError, Grade, GRADE_LABELS, proposeAgain, ROUND_STATUS_LABELS, RoundStatus, toPoints } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { AssessmentScoring, rubricOf } from '../assessments/assessment-scoring';
import type { Assessment } from '../assessments/assessment.entity';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { AuditService } from '../audit/audit.service';
import { DossierWriter } from './dossier-writer';
import type { AssessmentRound } from './assessment-round.entity';
import { quotaOf } from './quota';
import { RoundsRepository } from './rounds.repository';
import { RecommendationsService } from '../recommendations/recommendations.service';

/**
 * After finalization a leader may reopen one assessment, with a reason: its result
 * is kept as a prior version, its inputs accept changes again, and it is finalized
 * again on its own, still within the round's quota.
 */
@Injectable()
export class ReopenService {
  constructor(
    private readonly rounds: RoundsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly scoring: AssessmentScoring,
    private readonly audit: AuditService,
    private readonly recommendations: RecommendationsService,
    private readonly dossiers: DossierWriter,
  ) {}

  async reopen(actor: SignedInActor, id: string, version: number, reason: string): Promise<void> {
    const { assessment, round } = await this.load(id);
    if (round.status !== RoundStatus.Finalized) throw DomainError.conflict(`the round is ${round.status}; only a finalized result is reopened`, `本轮考核当前处于“${ROUND_STATUS_LABELS[round.status]}”状态，只有已办结的考核结果才能重新评定`);
    if (assessment.reopenedAt) throw DomainError.conflict('the assessment is already reopened', '该考核结果已在重新评定中，不能重复发起');
    await this.assessments.transaction(async (manager) => {
      const scores = (await this.assessments.scoresOf([id], manager)).get(id) ?? [];
      const sequence = await this.assessments.saveResultVersion(manager, {
        assessmentId: id,
        grade: assessment.grade,
        rank: assessment.rank,
        total: assessment.total,
        scores: scores.map((s) => ({ subItemCode: s.subItemCode, points: s.points, source: s.source, comment: s.comment })),
        reopenReason: reason,
        reopenedBy: actor.user.userId,
      });
      if (!(await this.assessments.setReopened(manager, id, version, new Date()))) throw DomainError.versionConflict('assessment', id);
      await this.audit.record(manager, actor, { action: 'assessment.reopened', targetType: 'assessment', targetId: id, before: { grade: assessment.grade, total: assessment.total }, after: { reason, priorVersion: sequence } });
    });
  }

  /** Fixes the reopened assessment's new result: the proposal, or a grade by hand with a reason. */
  async refinalize(actor: SignedInActor, id: string, version: number, grade?: Grade, reason?: string): Promise<void> {
    const { assessment, round } = await this.load(id);
    if (!assessment.reopenedAt) throw DomainError.conflict('the assessment is not reopened', '该考核结果未发起重新评定，不能重新定等');
    if (grade && !reason) throw DomainError.invalidInput('reason', 'a grade by hand needs its reason', '手工确定等次须写明理由');
    const result = (await this.scoring.scoreAll(round, [assessment])).get(id);
    if (!result || result.total === null) {
      throw DomainError.conflict(
        `the assessment lacks ${result?.problems.map((p) => p.subItem).join(', ')}`,
        `该考核尚未评分完毕，暂不能重新定等${result ? `：${result.problems.map((p) => p.message).join('；')}` : ''}`,
      );
    }
    const certificatesIssued = (await this.scoring.certificatesIssued([id])).get(id) ?? 0;
    const recommended = (await this.recommendations.recommendedIn(round.id)).has(id);
    const candidate = { id, category: assessment.category, total: result.total, veto: assessment.veto, notGradedReason: assessment.notGradedReason, recommended, certificatesIssued };

    const base = (await this.dossiers.snapshots(round, [assessment], new Date())).get(id);
    await this.assessments.transaction(async (manager) => {
      const others = await this.assessments.roundResults(manager, round.id, id);
      const { proposal, places, excellentOthers, left } = proposeAgain(rubricOf(round), candidate, quotaOf(round), others, !!round.quotaApproval);
      const finalGrade = assessment.notGradedReason ? null : (grade ?? proposal.grade);
      if (finalGrade === Grade.Excellent && assessment.veto) throw DomainError.invalidInput('grade', 'a vetoed cadre cannot be Excellent', '已一票否决，不能评为优秀');
      if (finalGrade === Grade.Excellent && left === 0) {
        const excellent = excellentOthers + 1;
        throw DomainError.conflict(`优秀 ${excellent} 人，超出名额 ${places} 人`, `评为优秀将达 ${excellent} 人，超过优秀名额（${places} 人），且本轮未登记超额审批`, { excellent, quota: places });
      }
      const rank = finalGrade === null ? null : 1 + others.filter((o) => o.total !== null && o.total > (result.total as number)).length;
      if (!(await this.assessments.setRefinalized(manager, id, version, { grade: finalGrade, total: result.total as number, rank }))) {
        throw DomainError.versionConflict('assessment', id);
      }
      if (base) {
        // The dossier gets a new entry; the one it supersedes stays as it was.
        const snapshot = { ...base, grade: finalGrade, gradeLabel: finalGrade ? GRADE_LABELS[finalGrade] : null, rank, total: toPoints(result.total as number) };
        await this.dossiers.append(manager, round, [{ assessment, snapshot, supersedesId: await this.dossiers.currentEntryId(manager, id) }]);
      }
      await this.audit.record(manager, actor, { action: 'assessment.refinalized', targetType: 'assessment', targetId: id, after: { grade: finalGrade, total: result.total, rank, reason: reason ?? null } });
    });
  }

  private async load(id: string): Promise<{ assessment: Assessment; round: AssessmentRound }> {
    const assessment = await this.assessments.findById(id, { kind: 'ALL' });
    if (!assessment) throw DomainError.notFound('assessment', id);
    const round = await this.rounds.findById(assessment.roundId);
    if (!round) throw DomainError.notFound('round', assessment.roundId);
    return { assessment, round };
  }
}
