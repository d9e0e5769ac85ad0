import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, Grade, RoundStatus, toPoints } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { Acknowledgement, ReviewRequest, ReviewStatus } from './acknowledgement.entities';
import { type MyResultResponse, toReviewResponse } from './dto/acknowledgement.dto';

/** Days after finalization within which a cadre may ask for a review. */
export const REVIEW_WINDOW_DAYS = 15;

interface OwnResult {
  id: string;
  round_name: string;
  grade: Grade | null;
  total: number | null;
  rank: number | null;
  finalized_at: Date;
}

@Injectable()
export class AcknowledgementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The cadre's own finalized assessments; anything else does not exist for them. */
  private async ownFinalized(actor: SignedInActor, assessmentId?: string): Promise<OwnResult[]> {
    if (!actor.user.cadreId) return [];
    return this.dataSource.query(
      `SELECT a.id, r.name AS round_name, a.grade, a.total, a.rank, r.finalized_at
         FROM assessment a JOIN assessment_round r ON r.id = a.round_id
        WHERE a.cadre_id = $1 AND r.status = $2 AND ($3::uuid IS NULL OR a.id = $3::uuid)
        ORDER BY r.finalized_at DESC`,
      [actor.user.cadreId, RoundStatus.Finalized, assessmentId ?? null],
    );
  }

  private deadline(finalizedAt: Date): Date {
    return new Date(finalizedAt.getTime() + REVIEW_WINDOW_DAYS * 86_400_000);
  }

  async myResults(actor: SignedInActor): Promise<MyResultResponse[]> {
    const results = await this.ownFinalized(actor);
    const ids = results.map((r) => r.id);
    const acks = ids.length ? await this.dataSource.getRepository(Acknowledgement).createQueryBuilder('k').where('k.assessment_id IN (:...ids)', { ids }).getMany() : [];
    const reviews = ids.length ? await this.dataSource.getRepository(ReviewRequest).createQueryBuilder('v').where('v.assessment_id IN (:...ids)', { ids }).orderBy('v.created_at', 'ASC').getMany() : [];
    return results.map((r) => ({
      assessmentId: r.id,
      round: r.round_name,
      grade: r.grade,
      total: r.total === null ? null : toPoints(r.total),
      rank: r.rank,
      acknowledgedAt: acks.find((k) => k.assessmentId === r.id)?.acknowledgedAt.toISOString() ?? null,
      reviewDeadline: this.deadline(r.finalized_at).toISOString(),
      reviews: reviews.filter((v) => v.assessmentId === r.id).map(toReviewResponse),
    }));
  }

  async acknowledge(actor: SignedInActor, assessmentId: string, statement?: string): Promise<void> {
    if ((await this.ownFinalized(actor, assessmentId)).length === 0) throw DomainError.notFound('result', assessmentId);
    await this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query('INSERT INTO acknowledgement (assessment_id, statement) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING assessment_id', [
        assessmentId,
        statement ?? null,
      ]);
      if (inserted.length === 0) throw DomainError.conflict('the result is already acknowledged', '该考核结果已签字确认，不能重复确认');
      await this.audit.record(manager, actor, { action: 'result.acknowledged', targetType: 'assessment', targetId: assessmentId, after: { statement: statement ?? null } });
    });
  }

  async requestReview(actor: SignedInActor, assessmentId: string, reason: string): Promise<ReviewRequest> {
    const [own] = await this.ownFinalized(actor, assessmentId);
    if (!own) throw DomainError.notFound('result', assessmentId);
    if (Date.now() > this.deadline(own.finalized_at).getTime()) throw DomainError.conflict(`复核申请须在定等后 ${REVIEW_WINDOW_DAYS} 日内提出`, `复核申请须在定等后 ${REVIEW_WINDOW_DAYS} 日内提出，现已超过期限`);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(ReviewRequest).existsBy({ assessmentId, status: ReviewStatus.Pending })) throw DomainError.conflict('a review of this result is already pending', '该考核结果已有待处理的复核申请，请等待领导决定');
      const review = await manager.getRepository(ReviewRequest).save(
        manager.getRepository(ReviewRequest).create({ assessmentId, reason, reviewedGrade: null, decisionReason: null, decidedBy: null, decidedAt: null }),
      );
      await this.audit.record(manager, actor, { action: 'review.requested', targetType: 'assessment', targetId: assessmentId, after: { reviewId: review.id } });
      return review;
    });
  }

  /** A leader decides; the outcome is kept beside the original result, which stays as it was. */
  async decide(actor: SignedInActor, id: string, outcome: ReviewStatus.Maintained | ReviewStatus.Changed, reason: string, grade?: Grade): Promise<ReviewRequest> {
    const review = await this.dataSource.getRepository(ReviewRequest).findOneBy({ id });
    if (!review) throw DomainError.notFound('review', id);
    if (review.status !== ReviewStatus.Pending) throw DomainError.conflict('the review is already decided', '该复核申请已作出决定，不能重复处理');
    if (outcome === ReviewStatus.Changed && !grade) throw DomainError.invalidInput('grade', 'is required when the review changes the result', '改定等次时须选择新的等次');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        ReviewRequest,
        { id, version: review.version },
        { status: outcome, reviewedGrade: outcome === ReviewStatus.Changed ? (grade ?? null) : null, decisionReason: reason, decidedBy: actor.user.userId, decidedAt: new Date(), version: review.version + 1 },
      );
      await this.audit.record(manager, actor, { action: 'review.decided', targetType: 'assessment', targetId: review.assessmentId, after: { reviewId: id, outcome, grade: grade ?? null, reason } });
    });
    return (await this.dataSource.getRepository(ReviewRequest).findOneBy({ id })) as ReviewRequest;
  }
}
