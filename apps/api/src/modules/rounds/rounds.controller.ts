import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { AssessmentsService } from '../assessments/assessments.service';
import { AssessmentSummaryResponse } from '../assessments/dto/assessment.dto';
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
  ) {}

  @Get()
  @RequirePermission(Permission.RoundRead)
  @ApiOkResponse({ type: [RoundResponse] })
  async list(@Query() query: RoundQueryDto): Promise<RoundResponse[]> {
    return (await this.repository.findAll(query.batchId)).map(toRoundResponse);
  }

  @Get(':id')
  @RequirePermission(Permission.RoundRead)
  @ApiOkResponse({ type: RoundResponse })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<RoundResponse> {
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
  async open(@Param('id', ParseUUIDPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<OpenRoundResponse> {
    const { round, created, total } = await this.service.open(actor, id);
    return { round: toRoundResponse(round), created, total };
  }

  @Post(':id/start-calibration')
  @RequirePermission(Permission.RoundManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Close collection and start calibration; 409 names what keeps assessments unscored' })
  @ApiOkResponse({ type: RoundResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'e.g. "12 项考核缺少 3.2", with `details.missing`' })
  async startCalibration(@Param('id', ParseUUIDPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<RoundResponse> {
    return toRoundResponse(await this.service.startCalibration(actor, id));
  }

  @Get(':id/assessments')
  @RequirePermission(Permission.AssessmentRead)
  @ApiOperation({ summary: 'The round’s assessments the caller may see (a host unit: its own cadres)' })
  @ApiOkResponse({ type: [AssessmentSummaryResponse] })
  assessmentsOf(@Param('id', ParseUUIDPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<AssessmentSummaryResponse[]> {
    return this.assessments.listForRound(actor, id);
  }
}
