import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { CreateRubricDraftDto, PublishRubricDto, ScorePreviewDto, UpdateRubricDraftDto } from './dto/rubric-requests.dto';
import { RubricResponse, RubricSummaryResponse, ScoreResponse, toRubricResponse, toRubricSummary, toScoreResponse } from './dto/rubric-response.dto';
import { RubricsRepository } from './rubrics.repository';
import { RubricsService } from './rubrics.service';

@ApiTags('rubrics')
@Controller('rubrics')
export class RubricsController {
  constructor(
    private readonly service: RubricsService,
    private readonly repository: RubricsRepository,
  ) {}

  @Get()
  @RequirePermission(Permission.RubricRead)
  @ApiOperation({ summary: 'Rubric versions, newest first' })
  @ApiOkResponse({ type: [RubricSummaryResponse] })
  async list(): Promise<RubricSummaryResponse[]> {
    return (await this.repository.findAll()).map(toRubricSummary);
  }

  @Get(':id')
  @RequirePermission(Permission.RubricRead)
  @ApiOperation({ summary: 'One version: its items, sub-items, thresholds, weights, and each category’s sub-items after its variant' })
  @ApiOkResponse({ type: RubricResponse })
  async get(@Param('id', ParseIdPipe) id: string): Promise<RubricResponse> {
    return toRubricResponse(await this.service.get(id));
  }

  @Post()
  @RequirePermission(Permission.RubricManage)
  @ApiOperation({ summary: 'A new draft, copied from a version' })
  @ApiCreatedResponse({ type: RubricResponse })
  async create(@Body() body: CreateRubricDraftDto, @CurrentSignedInActor() actor: SignedInActor): Promise<RubricResponse> {
    return toRubricResponse(await this.service.createDraft(actor, body));
  }

  @Patch(':id')
  @RequirePermission(Permission.RubricManage)
  @ApiOperation({ summary: 'Edit a draft (its name, or the whole rubric)' })
  @ApiOkResponse({ type: RubricResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'the version is published, or stale' })
  async update(@Param('id', ParseIdPipe) id: string, @Body() body: UpdateRubricDraftDto, @CurrentSignedInActor() actor: SignedInActor): Promise<RubricResponse> {
    return toRubricResponse(await this.service.updateDraft(actor, id, body));
  }

  @Post(':id/publish')
  @RequirePermission(Permission.RubricManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish a draft: sub-items must sum to their item, items to 100, every category must resolve' })
  @ApiOkResponse({ type: RubricResponse })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'every reason, by path, in `details.fields`' })
  @ApiConflictResponse({ type: ErrorBody, description: 'already published, or stale' })
  async publish(@Param('id', ParseIdPipe) id: string, @Body() body: PublishRubricDto, @CurrentSignedInActor() actor: SignedInActor): Promise<RubricResponse> {
    return toRubricResponse(await this.service.publish(actor, id, body.version));
  }

  @Post(':id/preview')
  @RequirePermission(Permission.RubricRead)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Score made-up inputs against this version; nothing is stored' })
  @ApiOkResponse({ type: ScoreResponse })
  async preview(@Param('id', ParseIdPipe) id: string, @Body() body: ScorePreviewDto): Promise<ScoreResponse> {
    return toScoreResponse(await this.service.preview(id, body));
  }
}
