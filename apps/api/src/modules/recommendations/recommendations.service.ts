import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, ExcellentRequirement, quotaCount, ROUND_STATUS_LABELS, RoundStatus } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { rubricOf } from '../assessments/assessment-scoring';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { AuditService } from '../audit/audit.service';
import { quotaOf } from '../rounds/quota';
import { RoundsRepository } from '../rounds/rounds.repository';
import { ComparativeRecommendation } from './comparative-recommendation.entity';
import type { RecordRecommendationDto } from './dto/recommendation.dto';

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
    const rubric = rubricOf(round);
    const all = await this.assessments.findByRound(roundId, { kind: 'ALL' });
    const group = all.filter(
      (a) => rubric.excellentRequirements[a.category]?.includes(ExcellentRequirement.Recommended) && a.secondment?.groupLabel === dto.groupLabel,
    );
    if (group.length === 0) throw DomainError.invalidInput('groupLabel', `no assessment of this round needing a recommendation is in group ${dto.groupLabel}`);

    const groupIds = new Set(group.map((a) => a.id));
    const ranked = dto.ranking.map((r) => r.assessmentId);
    const problems: { field: string; message: string }[] = [];
    if (new Set(ranked).size !== ranked.length) problems.push({ field: 'ranking', message: 'ranks an assessment twice' });
    const missing = [...groupIds].filter((id) => !ranked.includes(id));
    const strangers = ranked.filter((id) => !groupIds.has(id));
    if (missing.length > 0) problems.push({ field: 'ranking', message: `leaves out ${missing.length} of the group's cadres` });
    if (strangers.length > 0) problems.push({ field: 'ranking', message: `includes ${strangers.length} assessments outside the group` });
    if (dto.recommended.some((id) => !ranked.includes(id))) problems.push({ field: 'recommended', message: 'may only name ranked cadres' });
    const share = Math.max(1, Math.floor((quotaCount(quotaOf(round), all.length) * group.length) / all.length));
    if (new Set(dto.recommended).size > share) problems.push({ field: 'recommended', message: `at most ${share} may be recommended from this group` });
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

  /** Every assessment of the round recommended by its group. */
  async recommendedIn(roundId: string): Promise<Set<string>> {
    const rows = await this.dataSource.getRepository(ComparativeRecommendation).findBy({ roundId });
    return new Set(rows.flatMap((r) => r.recommended));
  }
}
