import { Injectable } from '@nestjs/common';
import { DomainError, resolveSubItems, ROUND_STATUS_LABELS, ScoreSource, SECONDMENT_CATEGORY } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { rubricOf } from '../assessments/assessment-scoring';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { takesInputs } from '../assessments/assessments.service';
import { AuditService } from '../audit/audit.service';
import { RoundsRepository } from '../rounds/rounds.repository';
import type { CreateInterviewDto } from './dto/interview.dto';
import type { ServiceInterview } from './service-interview.entity';
import { InterviewsRepository } from './interviews.repository';

@Injectable()
export class InterviewsService {
  constructor(
    private readonly interviews: InterviewsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly rounds: RoundsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: SignedInActor, assessmentId: string): Promise<ServiceInterview[]> {
    if (!(await this.assessments.findById(assessmentId, objectScopeOf(actor.user)))) throw DomainError.notFound('assessment', assessmentId);
    return this.interviews.findByAssessment(assessmentId);
  }

  /** Only for a category whose rubric variant scores interviews, and only while inputs are taken. */
  async record(actor: SignedInActor, assessmentId: string, dto: CreateInterviewDto): Promise<ServiceInterview> {
    const assessment = await this.assessments.findById(assessmentId, { kind: 'ALL' });
    if (!assessment) throw DomainError.notFound('assessment', assessmentId);
    const round = await this.rounds.findById(assessment.roundId);
    if (!round) throw DomainError.notFound('round', assessment.roundId);
    const scored = resolveSubItems(rubricOf(round), assessment.category).some((s) => s.sources.some((share) => share.source === ScoreSource.Interviews));
    if (!scored) {
      throw DomainError.conflict(
        `a ${assessment.category} assessment has no service-recipient interviews under this rubric`,
        `按本轮考评细则，${SECONDMENT_CATEGORY.label(assessment.category)}干部不开展服务对象谈话`,
      );
    }
    if (!takesInputs(round.status, assessment)) throw DomainError.conflict(`the round is ${round.status}; interviews are recorded only while it is COLLECTING`, `本轮考核当前处于“${ROUND_STATUS_LABELS[round.status]}”状态，只有在“评分中”阶段才能录入服务对象谈话`);
    return this.interviews.transaction(async (manager) => {
      const interview = await this.interviews.insert(manager, { assessmentId, ...dto, recordedBy: actor.user.userId });
      await this.audit.record(manager, actor, {
        action: 'interview.recorded',
        targetType: 'assessment',
        targetId: assessmentId,
        after: { interviewId: interview.id, intervieweeOrganization: dto.intervieweeOrganization, intervieweeRole: dto.intervieweeRole, date: dto.date, rating: dto.rating },
      });
      return interview;
    });
  }
}
