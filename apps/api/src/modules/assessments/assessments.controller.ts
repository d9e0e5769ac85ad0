import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { AssessmentsService } from './assessments.service';
import { CalibrationService } from '../rounds/calibration.service';
import { CalibrateAssessmentDto, FlowStepResponse, PriorResultResponse, RefinalizeAssessmentDto, ReopenAssessmentDto } from '../rounds/dto/calibration.dto';
import { ReopenService } from '../rounds/reopen.service';
import { AssessmentsRepository } from './assessments.repository';
import {
  AssessmentListItemResponse,
  AssessmentPage,
  AssessmentQueryDto,
  AssessmentResponse,
  EnterScoresDto,
  HostUnitEvaluationDto,
  toAssessmentListItem,
} from './dto/assessment.dto';
import { objectScopeOf } from '../../common/auth/object-scope';
import { type Page, toPage } from '../../common/paging/page';

@ApiTags('assessments')
@Controller('assessments')
export class AssessmentsController {
  constructor(
    private readonly service: AssessmentsService,
    private readonly calibration: CalibrationService,
    private readonly reopenService: ReopenService,
    private readonly repository: AssessmentsRepository,
  ) {}

  @Get()
  @RequirePermission(Permission.AssessmentRead)
  @ApiOperation({ summary: 'The assessments the caller may see (a host unit: its cadres’; a certifier: the investment cadres it certifies), newest round first' })
  @ApiOkResponse({ type: AssessmentPage })
  async list(@Query() query: AssessmentQueryDto, @CurrentSignedInActor() actor: SignedInActor): Promise<Page<AssessmentListItemResponse>> {
    const [rows, total] = await this.repository.findPage(query, objectScopeOf(actor.user));
    return toPage(rows, total, query, toAssessmentListItem);
  }

  @Get(':id')
  @RequirePermission(Permission.AssessmentRead)
  @ApiOperation({ summary: 'One assessment with its computed score and the explanation of every number' })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'unknown, or outside the caller’s scope' })
  get(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentResponse> {
    return this.service.get(actor, id);
  }

  @Put(':id/scores')
  @RequirePermission(Permission.ScoreEnter)
  @ApiOperation({ summary: 'Enter the organization department’s sub-item scores, with comments' })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'a computed or host-unit sub-item, or a score above its maximum' })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version, or the round is no longer collecting' })
  enterScores(@Param('id', ParseIdPipe) id: string, @Body() body: EnterScoresDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentResponse> {
    return this.service.enterScores(actor, id, body);
  }

  @Put(':id/calibration')
  @RequirePermission(Permission.RoundManage)
  @ApiOperation({ summary: 'During calibration: a veto, 不定等次, or a grade by hand, each with its reason' })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version, or the round is not in calibration' })
  async calibrate(@Param('id', ParseIdPipe) id: string, @Body() body: CalibrateAssessmentDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentResponse> {
    await this.calibration.decide(actor, id, body);
    return this.service.get(actor, id);
  }

  @Get(':id/flow')
  @RequirePermission(Permission.RoundRead)
  @ApiOperation({ summary: 'The steps this assessment needs, each done or waiting on whom, with what is missing' })
  @ApiOkResponse({ type: [FlowStepResponse] })
  flow(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<FlowStepResponse[]> {
    return this.calibration.flow(actor, id);
  }

  @Post(':id/reopen')
  @RequirePermission(Permission.AssessmentReopen)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'A leader reopens a finalized result, with the reason; the old result is kept as a prior version' })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'the round is not finalized, the assessment is already reopened, or a stale version' })
  async reopen(@Param('id', ParseIdPipe) id: string, @Body() body: ReopenAssessmentDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentResponse> {
    await this.reopenService.reopen(actor, id, body.version, body.reason);
    return this.service.get(actor, id);
  }

  @Post(':id/refinalize')
  @RequirePermission(Permission.RoundManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Finalize a reopened assessment again: the proposed grade, or one by hand with a reason, within the quota' })
  @ApiOkResponse({ type: AssessmentResponse })
  async refinalize(@Param('id', ParseIdPipe) id: string, @Body() body: RefinalizeAssessmentDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentResponse> {
    await this.reopenService.refinalize(actor, id, body.version, body.grade, body.reason);
    return this.service.get(actor, id);
  }

  @Get(':id/history')
  @RequirePermission(Permission.RoundRead)
  @ApiOperation({ summary: 'The prior results of a reopened assessment, oldest first' })
  @ApiOkResponse({ type: [PriorResultResponse] })
  async history(@Param('id', ParseIdPipe) id: string): Promise<PriorResultResponse[]> {
    return (await this.repository.priorResults(id)).map((r) => ({
      sequence: r.sequence,
      grade: r.grade,
      rank: r.rank,
      total: r.total === null ? null : r.total / 100,
      reopenReason: r.reopenReason,
      reopenedBy: r.reopenedBy,
      reopenedAt: r.reopenedAt.toISOString(),
    }));
  }

  @Put(':id/host-unit-evaluation')
  @RequirePermission(Permission.HostUnitEvaluate)
  @ApiOperation({ summary: 'The host unit’s score (3.2) and written opinion for one of its own cadres' })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'not a cadre of the caller’s unit' })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version, or the round is no longer collecting' })
  evaluate(@Param('id', ParseIdPipe) id: string, @Body() body: HostUnitEvaluationDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentResponse> {
    return this.service.submitHostUnitEvaluation(actor, id, body);
  }
}
