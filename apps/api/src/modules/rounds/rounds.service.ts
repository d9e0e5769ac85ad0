import { Injectable } from '@nestjs/common';
import {
  DomainError,
  nextRoundStatus,
  periodProblems,
  ROUND_ACTION_LABELS,
  ROUND_STATUS_LABELS,
  RoundAction,
  RoundStatus,
  secondmentPeriodProblems,
  missingSummary,
} from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { AssessmentScoring } from '../assessments/assessment-scoring';
import { AuditService } from '../audit/audit.service';
import { BatchesRepository } from '../batches/batches.repository';
import { RubricStatus } from '../rubrics/rubric-version.entity';
import { RubricsRepository } from '../rubrics/rubrics.repository';
import { type AssessmentRound, QuotaKind } from './assessment-round.entity';
import { type CreateRoundDto, roundAuditSnapshot } from './dto/round.dto';
import { RoundsRepository } from './rounds.repository';

/** Above this share of Excellent a round needs a recorded approval (civil-service practice). */
const DEFAULT_QUOTA_PERCENT = 20;

@Injectable()
export class RoundsService {
  constructor(
    private readonly rounds: RoundsRepository,
    private readonly batches: BatchesRepository,
    private readonly rubrics: RubricsRepository,
    private readonly scoring: AssessmentScoring,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<AssessmentRound> {
    const round = await this.rounds.findById(id);
    if (!round) throw DomainError.notFound('round', id);
    return round;
  }

  async create(actor: SignedInActor, dto: CreateRoundDto): Promise<AssessmentRound> {
    const batch = await this.batches.findById(dto.batchId);
    if (!batch) throw DomainError.unknownReference('batchId', 'batch', dto.batchId);
    const period = { startDate: dto.periodStart, endDate: dto.periodEnd };
    const problems = [...periodProblems(period), ...secondmentPeriodProblems(period, batch)].map((p) => ({
      field: p.field === 'startDate' ? 'periodStart' : 'periodEnd',
      message: p.message,
      inChinese: p.message,
    }));
    if (problems.length > 0) throw DomainError.invalidFields(problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i));
    const rubric = await this.rubrics.findById(dto.rubricVersionId);
    if (!rubric) throw DomainError.unknownReference('rubricVersionId', 'rubric', dto.rubricVersionId);
    if (rubric.status !== RubricStatus.Published) throw DomainError.invalidInput('rubricVersionId', `rubric ${rubric.name} is a draft; publish it first`, `考评细则“${rubric.name}”尚未发布`);
    if (dto.quotaKind === QuotaKind.Percent && dto.quotaValue > 100) throw DomainError.invalidInput('quotaValue', 'a percentage cannot exceed 100', '比例不能超过 100%');
    if (dto.quotaKind === QuotaKind.Percent && dto.quotaValue > DEFAULT_QUOTA_PERCENT && !dto.quotaApproval) {
      throw DomainError.invalidInput('quotaApproval', `a quota above ${DEFAULT_QUOTA_PERCENT}% needs the approval recorded`, `优秀比例超过 ${DEFAULT_QUOTA_PERCENT}% 须记录审批依据`);
    }
    const id = await this.rounds.transaction(async (manager) => {
      const round = await this.rounds.insert(manager, {
        batchId: dto.batchId,
        name: dto.name,
        type: dto.type,
        periodStart: dto.periodStart,
        periodEnd: dto.periodEnd,
        rubricVersionId: dto.rubricVersionId,
        quotaKind: dto.quotaKind,
        quotaValue: dto.quotaValue,
        quotaApproval: dto.quotaApproval ?? null,
        minParticipationPercent: dto.minParticipationPercent ?? 67,
        minInterviews: dto.minInterviews ?? 3,
      });
      await this.audit.record(manager, actor, { action: 'round.created', targetType: 'round', targetId: round.id, after: roundAuditSnapshot(round) });
      return round.id;
    });
    return this.get(id);
  }

  /** Creates the missing assessments; opening an open round again creates nothing new. */
  async open(actor: SignedInActor, id: string): Promise<{ round: AssessmentRound; created: number; total: number }> {
    const round = await this.get(id);
    const to = this.allowed(round, RoundAction.Open);
    const { created, total } = await this.rounds.transaction(async (manager) => {
      const made = await this.rounds.createMissingAssessments(manager, round.id, round.batchId);
      if (round.status !== to) {
        if (!(await this.rounds.updateAtVersion(manager, round.id, round.version, { status: to, openedAt: new Date() }))) {
          throw DomainError.versionConflict('round', round.id);
        }
      }
      const count = await this.rounds.countAssessments(manager, round.id);
      await this.audit.record(manager, actor, { action: 'round.opened', targetType: 'round', targetId: round.id, after: { created: made, total: count } });
      return { created: made, total: count };
    });
    return { round: await this.get(id), created, total };
  }

  /** Calibration starts only when every assessment is fully scored; otherwise 409 says what is missing. */
  async startCalibration(actor: SignedInActor, id: string): Promise<AssessmentRound> {
    const round = await this.get(id);
    const to = this.allowed(round, RoundAction.StartCalibration);
    const missing = await this.scoring.missingByAssessment(round);
    if (missing.size > 0) {
      const summary = missingSummary(missing);
      throw DomainError.conflict(
        summary.map((m) => `${m.assessments} 项考核缺少 ${m.subItem}`).join('；'),
        `尚有考核未评分完毕，暂不能进入校准：${summary.map((m) => `${m.assessments} 项考核缺少小项 ${m.subItem} 的评分`).join('；')}`,
        { missing: summary },
      );
    }
    return this.move(actor, round, to, 'round.calibration_started');
  }

  allowed(round: AssessmentRound, action: RoundAction): RoundStatus {
    const to = nextRoundStatus(round.status, action);
    if (!to) {
      throw DomainError.conflict(
        `a ${round.status} round cannot ${action.toLowerCase().replace('_', ' ')}`,
        `本轮考核当前处于“${ROUND_STATUS_LABELS[round.status]}”状态，不能${ROUND_ACTION_LABELS[action]}`,
        { status: round.status, action },
      );
    }
    return to;
  }

  private async move(actor: SignedInActor, round: AssessmentRound, to: RoundStatus, action: string): Promise<AssessmentRound> {
    await this.rounds.transaction(async (manager) => {
      if (!(await this.rounds.updateAtVersion(manager, round.id, round.version, { status: to }))) throw DomainError.versionConflict('round', round.id);
      await this.audit.record(manager, actor, { action, targetType: 'round', targetId: round.id, before: { status: round.status }, after: { status: to } });
    });
    return this.get(round.id);
  }
}
