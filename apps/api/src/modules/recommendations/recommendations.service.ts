import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, ExcellentRequirement, quotaCount, ROUND_STATUS_LABELS, RoundStatus } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { refOf } from '../../common/dto/ref.dto';
import { rubricOf } from '../assessments/assessment-scoring';
import type { Assessment } from '../assessments/assessment.entity';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { byGroupLabel } from '../assessments/group-labels';
import { AuditService } from '../audit/audit.service';
import { quotaOf } from '../rounds/quota';
import type { AssessmentRound } from '../rounds/assessment-round.entity';
import { RoundsRepository } from '../rounds/rounds.repository';
import { ComparativeRecommendation } from './comparative-recommendation.entity';
import { type RecommendationMemberDto, type RecordRecommendationDto, type RoundRecommendationsResponse, toRecommendationResponse } from './dto/recommendation.dto';

@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records a group's side-by-side comparison. The group is every assessment of the
   * round whose category requires a recommendation (per the rubric) and whose
   * secondment carries the group label; each is ranked once, and the recommended
   * may not exceed the group's share of the quota (at least one).
   */
  async record(actor: SignedInActor, roundId: string, dto: RecordRecommendationDto): Promise<{ recommendation: ComparativeRecommendation; share: number }> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw DomainError.notFound('round', roundId);
    if (round.status !== RoundStatus.Collecting && round.status !== RoundStatus.Calibration) {
      throw DomainError.conflict(
        `the round is ${round.status}; recommendations are recorded while collecting or calibrating`,
        `本轮考核当前处于“${ROUND_STATUS_LABELS[round.status]}”状态，只有在“评分中”或“校准中”阶段才能进行比对推荐`,
      );
    }
    const all = await this.assessments.findByRound(roundId, { kind: 'ALL' });
    const group = needingRecommendation(round, all).filter((a) => a.secondment?.groupLabel === dto.groupLabel);
    if (group.length === 0) throw DomainError.invalidInput('groupLabel', `no assessment of this round needing a recommendation is in group ${dto.groupLabel}`, `本轮考核中没有属于“${dto.groupLabel}”、需要比对推荐的干部`);

    const groupIds = new Set(group.map((a) => a.id));
    const ranked = dto.ranking.map((r) => r.assessmentId);
    const problems: { field: string; message: string; inChinese: string }[] = [];
    if (new Set(ranked).size !== ranked.length) problems.push({ field: 'ranking', message: 'ranks an assessment twice', inChinese: '同一名干部被排了两次' });
    const missing = [...groupIds].filter((id) => !ranked.includes(id));
    const strangers = ranked.filter((id) => !groupIds.has(id));
    if (missing.length > 0) problems.push({ field: 'ranking', message: `leaves out ${missing.length} of the group's cadres`, inChinese: `还有 ${missing.length} 名本组干部未排序` });
    if (strangers.length > 0) problems.push({ field: 'ranking', message: `includes ${strangers.length} assessments outside the group`, inChinese: `排序中有 ${strangers.length} 名干部不属于本组` });
    if (dto.recommended.some((id) => !ranked.includes(id))) problems.push({ field: 'recommended', message: 'may only name ranked cadres', inChinese: '只能推荐参加排序的干部' });
    const share = shareOf(round, all.length, group.length);
    if (new Set(dto.recommended).size > share) problems.push({ field: 'recommended', message: `at most ${share} may be recommended from this group`, inChinese: `本组最多推荐 ${share} 人为优秀` });
    if (problems.length > 0) throw DomainError.invalidFields(problems);

    const recommendation = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ComparativeRecommendation);
      await repository.delete({ roundId, groupLabel: dto.groupLabel });
      const saved = await repository.save(
        repository.create({
          roundId,
          groupLabel: dto.groupLabel,
          ranking: dto.ranking.map((r, i) => ({ assessmentId: r.assessmentId, rank: i + 1, reason: r.reason })),
          recommended: [...new Set(dto.recommended)],
          recordedBy: actor.user.userId,
        }),
      );
      await this.audit.record(manager, actor, { action: 'recommendation.recorded', targetType: 'round', targetId: roundId, after: { groupLabel: dto.groupLabel, ranking: saved.ranking, recommended: saved.recommended } });
      return saved;
    });
    return { recommendation, share };
  }

  /**
   * The round's project groups whose cadres need a recommendation to be graded Excellent,
   * each with its share of the quota and its recommendation once recorded; and those
   * needing one whose secondment names no group.
   */
  async groups(roundId: string): Promise<RoundRecommendationsResponse> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw DomainError.notFound('round', roundId);
    const all = await this.assessments.findByRound(roundId, { kind: 'ALL' });
    const needing = needingRecommendation(round, all);
    const recorded = await this.dataSource.getRepository(ComparativeRecommendation).findBy({ roundId });
    const member = (a: Assessment): RecommendationMemberDto => ({
      assessmentId: a.id,
      cadre: refOf(a.cadre, a.cadreId),
      hostUnit: refOf(a.secondment?.hostUnit, a.secondment?.hostUnitId ?? ''),
      post: a.secondment?.post ?? '',
    });
    const { groups: labelled, ungrouped } = byGroupLabel(needing);
    const groups = labelled.map(([groupLabel, members]) => {
      const share = shareOf(round, all.length, members.length);
      const recommendation = recorded.find((r) => r.groupLabel === groupLabel);
      return { groupLabel, share, members: members.map(member), recorded: recommendation ? toRecommendationResponse(recommendation, share) : null };
    });
    return { groups, ungrouped: ungrouped.map(member) };
  }

  /** Every assessment of the round recommended by its group. */
  async recommendedIn(roundId: string): Promise<Set<string>> {
    const rows = await this.dataSource.getRepository(ComparativeRecommendation).findBy({ roundId });
    return new Set(rows.flatMap((r) => r.recommended));
  }
}

/** The assessments of the round whose category needs a recommendation to be graded Excellent (under its rubric). */
function needingRecommendation(round: AssessmentRound, all: readonly Assessment[]): Assessment[] {
  const rubric = rubricOf(round);
  return all.filter((a) => rubric.excellentRequirements[a.category]?.includes(ExcellentRequirement.Recommended));
}

/** A group's share of the round's Excellent quota, by its size: at least one. */
function shareOf(round: AssessmentRound, roundSize: number, groupSize: number): number {
  return Math.max(1, Math.floor((quotaCount(quotaOf(round), roundSize) * groupSize) / roundSize));
}
