import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { type Page, toPage } from '../../common/paging/page';
import { CreateWorkRecordDto, RejectWorkRecordDto, ReviewWorkRecordDto, toWorkRecordResponse, WorkRecordPage, WorkRecordQueryDto, WorkRecordResponse } from './dto/work-record.dto';
import { WorkRecordsRepository } from './work-records.repository';
import { WorkRecordsService } from './work-records.service';

@ApiTags('work-records')
@Controller('work-records')
export class WorkRecordsController {
  constructor(
    private readonly service: WorkRecordsService,
    private readonly repository: WorkRecordsRepository,
  ) {}

  @Get()
  @RequirePermission(Permission.WorkRecordRead)
  @ApiOperation({ summary: 'Work records the caller may see (a cadre: their own; a host unit: its cadres’)' })
  @ApiOkResponse({ type: WorkRecordPage })
  async list(@Query() query: WorkRecordQueryDto, @CurrentSignedInActor() actor: SignedInActor): Promise<Page<WorkRecordResponse>> {
    const [rows, total] = await this.repository.findPage(query, objectScopeOf(actor.user));
    return toPage(rows, total, query, toWorkRecordResponse);
  }

  @Post()
  @RequirePermission(Permission.WorkRecordWrite)
  @ApiOperation({ summary: 'A cadre records a day of work on their ACTIVE secondment' })
  @ApiCreatedResponse({ type: WorkRecordResponse })
  async create(@Body() body: CreateWorkRecordDto, @CurrentSignedInActor() actor: SignedInActor): Promise<WorkRecordResponse> {
    return toWorkRecordResponse(await this.service.create(actor, body));
  }

  @Post(':id/confirm')
  @RequirePermission(Permission.WorkRecordReview)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: WorkRecordResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'already reviewed, or a stale version' })
  async confirm(@Param('id', ParseIdPipe) id: string, @Body() body: ReviewWorkRecordDto, @CurrentSignedInActor() actor: SignedInActor): Promise<WorkRecordResponse> {
    return toWorkRecordResponse(await this.service.review(actor, id, body.version, true));
  }

  @Post(':id/reject')
  @RequirePermission(Permission.WorkRecordReview)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: WorkRecordResponse })
  async reject(@Param('id', ParseIdPipe) id: string, @Body() body: RejectWorkRecordDto, @CurrentSignedInActor() actor: SignedInActor): Promise<WorkRecordResponse> {
    return toWorkRecordResponse(await this.service.review(actor, id, body.version, false, body.reason));
  }
}
