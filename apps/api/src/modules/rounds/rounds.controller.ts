import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { Permission, RoundAction } from '@app/domain';
import type { AssessmentRound } from './assessment-round.entity';
import { CalibrationService } from './calibration.service';
import { CalibrationResponse, LeaderDecisionDto } from './dto/calibration.dto';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { AssessmentsService } from '../assessments/assessments.service';
import { AssessmentSummaryResponse, ScoreSheetRowResponse } from '../assessments/dto/assessment.dto';
import { CreateRoundDto, OpenRoundResponse, RoundResponse, toRoundResponse } from './dto/round.dto';
import { RoundsRepository } from './rounds.repository';
import { RoundsService } from './rounds.service';

class RoundQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() batchId?: string;
}

@ApiTags('rounds')
@Controller('rounds')
export class RoundsController {
  constructor(
    private readonly service: RoundsService,
    private readonly repository: RoundsRepository,
    private readonly assessments: AssessmentsService,
    private readonly calibrationService: CalibrationService,
  ) {}

  /** A transition: allowed from the round's current status (else 409), then done by `work`. */
  private async step(id: string, action: RoundAction, work: (round: AssessmentRound) => Promise<void>): Promise<RoundResponse> {
    const round = await this.service.get(id);
    this.service.allowed(round, action);
    await work(round);
    return toRoundResponse(await this.service.get(id));
  }

  @Get()
  @RequirePermission(Permission.RoundRead)
  @ApiOkResponse({ type: [RoundResponse] })
  async list(@Query() query: RoundQueryDto): Promise<RoundResponse[]> {
    return (await this.repository.findAll(query.batchId)).map(toRoundResponse);
  }

  @Get(':id')
  @RequirePermission(Permission.RoundRead)
  @ApiOkResponse({ type: RoundResponse })
  async get(@Param('id', ParseIdPipe) id: string): Promise<RoundResponse> {
    return toRoundResponse(await this.service.get(id));
  }

  @Post()
  @RequirePermission(Permission.RoundManage)
  @ApiOperation({ summary: 'Create a round for a batch, freezing a published rubric version' })
  @ApiCreatedResponse({ type: RoundResponse })
  async create(@Body() body: CreateRoundDto, @CurrentSignedInActor() actor: SignedInActor): Promise<RoundResponse> {
    return toRoundResponse(await this.service.create(actor, body));
  }

  @Post(':id/open')
  @RequirePermission(Permission.RoundManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Open: one assessment per ACTIVE secondment of the batch; opening again adds only what is missing' })
  @ApiOkResponse({ type: OpenRoundResponse })
  @ApiConflictResponse({ type: ErrorBody })
  async open(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<OpenRoundResponse> {
    const { round, created, total } = await this.service.open(actor, id);
    return { round: toRoundResponse(round), created, total };
  }

  @Post(':id/start-calibration')
  @RequirePermission(Permission.RoundManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Close collection and start calibration; 409 names what keeps assessments unscored' })
  @ApiOkResponse({ type: RoundResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'e.g. "12 项考核缺少 3.2", with `details.missing`' })
  async startCalibration(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<RoundResponse> {
    return toRoundResponse(await this.service.startCalibration(actor, id));
  }

  @Get(':id/calibration')
  @RequirePermission(Permission.RoundRead)
  @ApiOperation({ summary: 'The calibration board: ranked totals, proposed grades with reasons, the quota line and ties' })
  @ApiOkResponse({ type: CalibrationResponse })
  async calibration(@Param('id', ParseIdPipe) id: string): Promise<CalibrationResponse> {
    return this.calibrationService.view(await this.service.get(id));
  }

  @Post(':id/submit')
  @RequirePermission(Permission.RoundManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Submit the calibrated grades to a leader; 409 names what is undecided or over the quota' })
  @ApiOkResponse({ type: RoundResponse })
  @ApiConflictResponse({ type: ErrorBody })
  async submit(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<RoundResponse> {
    return this.step(id, RoundAction.Submit, (round) => this.calibrationService.submit(actor, round));
  }

  @Post(':id/approve')
  @RequirePermission(Permission.RoundApprove)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'A leader approves the submitted results' })
  @ApiOkResponse({ type: RoundResponse })
  async approve(@Param('id', ParseIdPipe) id: string, @Body() body: LeaderDecisionDto, @CurrentSignedInActor() actor: SignedInActor): Promise<RoundResponse> {
    return this.step(id, RoundAction.Approve, (round) => this.calibrationService.leaderDecision(actor, round, true, body.comment));
  }

  @Post(':id/return')
  @RequirePermission(Permission.RoundApprove)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'A leader returns the results to calibration, with the reason' })
  @ApiOkResponse({ type: RoundResponse })
  async returnRound(@Param('id', ParseIdPipe) id: string, @Body() body: LeaderDecisionDto, @CurrentSignedInActor() actor: SignedInActor): Promise<RoundResponse> {
    return this.step(id, RoundAction.Return, (round) => this.calibrationService.leaderDecision(actor, round, false, body.comment));
  }

  @Post(':id/start-publicity')
  @RequirePermission(Permission.RoundManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish the approved results (公示) for at least five working days' })
  @ApiOkResponse({ type: RoundResponse })
  async startPublicity(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<RoundResponse> {
    return this.step(id, RoundAction.StartPublicity, (round) => this.calibrationService.startPublicity(actor, round));
  }

  @Post(':id/finalize')
  @RequirePermission(Permission.RoundManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Lock every score, input and grade of the round, once the publicity period is over' })
  @ApiOkResponse({ type: RoundResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'not in publicity, or the publicity period is not over' })
  async finalize(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<RoundResponse> {
    return this.step(id, RoundAction.Finalize, (round) => this.calibrationService.finalize(actor, round));
  }

  @Get(':id/score-sheet')
  @RequirePermission(Permission.ScoreEnter)
  @ApiOperation({ summary: 'The scoring grid: every assessment with each sub-item’s score, its sources and the explanation of the number' })
  @ApiOkResponse({ type: [ScoreSheetRowResponse] })
  scoreSheet(@Param('id', ParseIdPipe) id: string): Promise<ScoreSheetRowResponse[]> {
    return this.assessments.scoreSheet(id);
  }

  @Get(':id/assessments')
  @RequirePermission(Permission.AssessmentRead)
  @ApiOperation({ summary: 'The round’s assessments the caller may see (a host unit: its own cadres)' })
  @ApiOkResponse({ type: [AssessmentSummaryResponse] })
  assessmentsOf(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentSummaryResponse[]> {
    return this.assessments.listForRound(actor, id);
  }
}
