import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, type Rating, resolveSubItems, ROUND_STATUS_LABELS, ScoreSource } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { rubricOf } from '../assessments/assessment-scoring';
import type { Assessment } from '../assessments/assessment.entity';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { takesInputs } from '../assessments/assessments.service';
import { AuditService } from '../audit/audit.service';
import type { AssessmentRound } from '../rounds/assessment-round.entity';
import { RoundsRepository } from '../rounds/rounds.repository';
import { MutualEvaluation, MutualEvaluationStatus, MutualRating } from './mutual-evaluation.entities';

@Injectable()
export class MutualEvaluationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The group: assessments of the round whose category scores mutual evaluation and whose secondment carries the label. */
  private async members(round: AssessmentRound, groupLabel: string): Promise<Assessment[]> {
    const rubric = rubricOf(round);
    const all = await this.assessments.findByRound(round.id, { kind: 'ALL' });
    return all.filter(
      (a) =>
        a.secondment?.groupLabel === groupLabel &&
        resolveSubItems(rubric, a.category).some((s) => s.sources.some((share) => share.source === ScoreSource.MutualEvaluation)),
    );
  }

  async open(actor: SignedInActor, roundId: string, groupLabel: string): Promise<{ evaluation: MutualEvaluation; members: string[] }> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw DomainError.invalidInput('roundId', `refers to no round (${roundId})`);
    const members = await this.members(round, groupLabel);
    if (members.length < 2) throw DomainError.invalidInput('groupLabel', 'a mutual evaluation needs a group of at least two cadres scored by it');
    if (!takesInputs(round.status, members[0])) throw DomainError.conflict(`the round is ${round.status}; mutual evaluation runs while it is COLLECTING`, `本轮考核当前处于“${ROUND_STATUS_LABELS[round.status]}”状态，只有在“评分中”阶段才能开展集中互评`);
    const evaluation = await this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(MutualEvaluation).existsBy({ roundId, groupLabel })) throw DomainError.conflict('this group already has a mutual evaluation in this round', `“${groupLabel}”组在本轮考核中已开展集中互评，不能重复开启`);
      const saved = await manager.getRepository(MutualEvaluation).save(manager.getRepository(MutualEvaluation).create({ roundId, groupLabel }));
      await this.audit.record(manager, actor, { action: 'mutual_evaluation.opened', targetType: 'mutual_evaluation', targetId: saved.id, after: { roundId, groupLabel, members: members.length } });
      return saved;
    });
    return { evaluation, members: members.map((m) => m.id) };
  }

  /** A cadre of the group rates one colleague once; never themselves; nobody sees who gave what. */
  async rate(actor: SignedInActor, id: string, assessmentId: string, rating: Rating): Promise<void> {
    const evaluation = await this.dataSource.getRepository(MutualEvaluation).findOneBy({ id });
    const round = evaluation ? await this.rounds.findById(evaluation.roundId) : null;
    const members = evaluation && round ? await this.members(round, evaluation.groupLabel) : [];
    // Outsiders learn nothing: the evaluation does not exist for them.
    if (!evaluation || !members.some((m) => m.cadreId === actor.user.cadreId)) throw DomainError.notFound('mutual evaluation', id);
    if (evaluation.status !== MutualEvaluationStatus.Open) throw DomainError.conflict('the mutual evaluation is closed', '本次集中互评已结束，不能再作评价');
    const rated = members.find((m) => m.id === assessmentId);
    if (!rated) throw DomainError.invalidInput('assessmentId', 'is not a member of this group');
    if (rated.cadreId === actor.user.cadreId) throw DomainError.invalidInput('assessmentId', 'a cadre does not rate themselves');
    await this.dataSource.transaction(async (manager) => {
      const marked: unknown[] = await manager.query(
        'INSERT INTO mutual_rating_mark (evaluation_id, rater_cadre_id, assessment_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING assessment_id',
        [id, actor.user.cadreId, assessmentId],
      );
      if (marked.length === 0) throw DomainError.conflict('you have already rated this colleague', '您已对该干部作出评价，不能重复评价');
      await manager.insert(MutualRating, { evaluationId: id, assessmentId, rating });
      await this.audit.record(manager, actor, { action: 'mutual_evaluation.rated', targetType: 'mutual_evaluation', targetId: id });
    });
  }

  async close(actor: SignedInActor, id: string): Promise<void> {
    const evaluation = await this.dataSource.getRepository(MutualEvaluation).findOneBy({ id });
    if (!evaluation) throw DomainError.notFound('mutual evaluation', id);
    if (evaluation.status !== MutualEvaluationStatus.Open) throw DomainError.conflict('the mutual evaluation is already closed', '本次集中互评已经结束');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(MutualEvaluation, { id, version: evaluation.version }, { status: MutualEvaluationStatus.Closed, version: evaluation.version + 1 });
      await this.audit.record(manager, actor, { action: 'mutual_evaluation.closed', targetType: 'mutual_evaluation', targetId: id });
    });
  }
}
