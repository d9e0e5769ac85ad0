import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { AssessmentsService } from './assessments.service';
import { CalibrationService } from '../rounds/calibration.service';
import { CalibrateAssessmentDto } from '../rounds/dto/calibration.dto';
import { AssessmentResponse, EnterScoresDto, HostUnitEvaluationDto } from './dto/assessment.dto';

@ApiTags('assessments')
@Controller('assessments')
export class AssessmentsController {
  constructor(
    private readonly service: AssessmentsService,
    private readonly calibration: CalibrationService,
  ) {}

  @Get(':id')
  @RequirePermission(Permission.AssessmentRead)
  @ApiOperation({ summary: 'One assessment with its computed score and the explanation of every number' })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'unknown, or outside the caller’s scope' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentResponse> {
    return this.service.get(actor, id);
  }

  @Put(':id/scores')
  @RequirePermission(Permission.ScoreEnter)
  @ApiOperation({ summary: 'Enter the organization department’s sub-item scores, with comments' })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'a computed or host-unit sub-item, or a score above its maximum' })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version, or the round is no longer collecting' })
  enterScores(@Param('id', ParseUUIDPipe) id: string, @Body() body: EnterScoresDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentResponse> {
    return this.service.enterScores(actor, id, body);
  }

  @Put(':id/calibration')
  @RequirePermission(Permission.RoundManage)
  @ApiOperation({ summary: 'During calibration: a veto, 不定等次, or a grade by hand, each with its reason' })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version, or the round is not in calibration' })
  async calibrate(@Param('id', ParseUUIDPipe) id: string, @Body() body: CalibrateAssessmentDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentResponse> {
    await this.calibration.decide(actor, id, body);
    return this.service.get(actor, id);
  }

  @Put(':id/host-unit-evaluation')
  @RequirePermission(Permission.HostUnitEvaluate)
  @ApiOperation({ summary: 'The host unit’s score (3.2) and written opinion for one of its own cadres' })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'not a cadre of the caller’s unit' })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version, or the round is no longer collecting' })
  evaluate(@Param('id', ParseUUIDPipe) id: string, @Body() body: HostUnitEvaluationDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentResponse> {
    return this.service.submitHostUnitEvaluation(actor, id, body);
  }
}
