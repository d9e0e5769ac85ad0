import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, type Rating, resolveSubItems, ROUND_STATUS_LABELS, ScoreSource } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { refOf } from '../../common/dto/ref.dto';
import { rubricOf } from '../assessments/assessment-scoring';
import type { Assessment } from '../assessments/assessment.entity';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { byGroupLabel } from '../assessments/group-labels';
import { takesInputs } from '../assessments/assessments.service';
import { AuditService } from '../audit/audit.service';
import type { AssessmentRound } from '../rounds/assessment-round.entity';
import { RoundsRepository } from '../rounds/rounds.repository';
import type { GroupMemberDto, MyMutualEvaluationResponse, RoundMutualEvaluationsResponse } from './dto/mutual-evaluation.dto';
import { MutualEvaluation, MutualEvaluationStatus, MutualRating } from './mutual-evaluation.entities';

@Injectable()
export class MutualEvaluationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The assessments of the round whose category scores mutual evaluation (under its rubric). */
  private async evaluated(round: AssessmentRound): Promise<Assessment[]> {
    const rubric = rubricOf(round);
    const all = await this.assessments.findByRound(round.id, { kind: 'ALL' });
    return all.filter((a) => resolveSubItems(rubric, a.category).some((s) => s.sources.some((share) => share.source === ScoreSource.MutualEvaluation)));
  }

  /** The group: those of them whose secondment carries the label. */
  private async members(round: AssessmentRound, groupLabel: string): Promise<Assessment[]> {
    return (await this.evaluated(round)).filter((a) => a.secondment?.groupLabel === groupLabel);
  }

  /**
   * The round's groups whose cadres are scored by mutual evaluation, each with its
   * evaluation once opened and how far it has come (counts only: who rated whom, and
   * what, is never shown); and those scored by it whose secondment names no group.
   */
  async groups(roundId: string): Promise<RoundMutualEvaluationsResponse> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw DomainError.notFound('round', roundId);
    const evaluated = await this.evaluated(round);
    const evaluations = await this.dataSource.getRepository(MutualEvaluation).findBy({ roundId });
    const counts: { evaluation_id: string; raters: number; ratings: number }[] = evaluations.length
      ? await this.dataSource.query(
          `SELECT evaluation_id, count(DISTINCT rater_cadre_id)::int AS raters, count(*)::int AS ratings
             FROM mutual_rating_mark WHERE evaluation_id = ANY($1::uuid[]) GROUP BY evaluation_id`,
          [evaluations.map((e) => e.id)],
        )
      : [];
    const member = (a: Assessment): GroupMemberDto => ({ assessmentId: a.id, cadre: refOf(a.cadre, a.cadreId), hostUnit: refOf(a.secondment?.hostUnit, a.secondment?.hostUnitId ?? '') });
    const { groups: labelled, ungrouped } = byGroupLabel(evaluated);
    const groups = labelled.map(([groupLabel, members]) => {
      const evaluation = evaluations.find((e) => e.groupLabel === groupLabel);
      const count = evaluation && counts.find((c) => c.evaluation_id === evaluation.id);
      return {
        groupLabel,
        members: members.map(member),
        evaluation: evaluation
          ? { id: evaluation.id, status: evaluation.status, raters: count?.raters ?? 0, ratings: count?.ratings ?? 0, expectedRatings: members.length * (members.length - 1), version: evaluation.version }
          : null,
      };
    });
    return { groups, ungrouped: ungrouped.map(member) };
  }

  /** The open evaluations of the signed-in cadre's groups: the colleagues to rate, and whom they have rated. */
  async mine(actor: SignedInActor): Promise<MyMutualEvaluationResponse[]> {
    const cadreId = actor.user.cadreId;
    if (!cadreId) return [];
    const open: { id: string; round_id: string; group_label: string }[] = await this.dataSource.query(
      `SELECT DISTINCT e.id, e.round_id, e.group_label
         FROM mutual_evaluation e
         JOIN assessment a ON a.round_id = e.round_id AND a.cadre_id = $1
         JOIN secondment s ON s.id = a.secondment_id AND s.group_label = e.group_label
        WHERE e.status = 'OPEN'`,
      [cadreId],
    );
    const mine: MyMutualEvaluationResponse[] = [];
    for (const e of open) {
      const round = await this.rounds.findById(e.round_id);
      const members = round ? await this.members(round, e.group_label) : [];
      // In the group by its label, but not scored by mutual evaluation under the rubric: nothing to rate.
      if (!round || !members.some((m) => m.cadreId === cadreId)) continue;
      const marks: { assessment_id: string }[] = await this.dataSource.query('SELECT assessment_id FROM mutual_rating_mark WHERE evaluation_id = $1 AND rater_cadre_id = $2', [e.id, cadreId]);
      const rated = new Set(marks.map((m) => m.assessment_id));
      mine.push({
        id: e.id,
        roundName: round.name,
        groupLabel: e.group_label,
        colleagues: members
          .filter((m) => m.cadreId !== cadreId)
          .map((m) => ({ assessmentId: m.id, name: m.cadre?.name ?? '', hostUnit: m.secondment?.hostUnit?.name ?? '', rated: rated.has(m.id) })),
      });
    }
    return mine;
  }

  async open(actor: SignedInActor, roundId: string, groupLabel: string): Promise<{ evaluation: MutualEvaluation; members: string[] }> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw DomainError.unknownReference('roundId', 'round', roundId);
    const members = await this.members(round, groupLabel);
    if (members.length < 2) throw DomainError.invalidInput('groupLabel', 'a mutual evaluation needs a group of at least two cadres scored by it', `“${groupLabel}”组中参加集中互评的干部不足 2 人，不能开展互评`);
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
    if (!rated) throw DomainError.invalidInput('assessmentId', 'is not a member of this group', '被评价人不在本互评小组中');
    if (rated.cadreId === actor.user.cadreId) throw DomainError.invalidInput('assessmentId', 'a cadre does not rate themselves', '不能评价本人');
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
