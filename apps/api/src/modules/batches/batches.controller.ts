import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Permission } from '@app/domain';
import { XLSX_TYPE, attachment } from '../../common/http/download';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { type Page, toPage } from '../../common/paging/page';
import { BatchesRepository } from './batches.repository';
import { BatchesService } from './batches.service';
import { BatchPage, BatchQueryDto, BatchResponse, CreateBatchDto, toBatchResponse, UpdateBatchDto } from './dto/batch.dto';

@ApiTags('batches')
@Controller('batches')
export class BatchesController {
  constructor(
    private readonly service: BatchesService,
    private readonly repository: BatchesRepository,
  ) {}

  @Get()
  @RequirePermission(Permission.BatchRead)
  @ApiOkResponse({ type: BatchPage })
  async list(@Query() query: BatchQueryDto, @CurrentSignedInActor() actor: SignedInActor): Promise<Page<BatchResponse>> {
    const [rows, total] = await this.repository.findPage(query, objectScopeOf(actor.user));
    return toPage(rows, total, query, toBatchResponse);
  }

  @Get(':id')
  @RequirePermission(Permission.BatchRead)
  @ApiOkResponse({ type: BatchResponse })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<BatchResponse> {
    return toBatchResponse(await this.service.getVisible(actor, id));
  }

  @Get(':id/roster.xlsx')
  @RequirePermission(Permission.RosterExport)
  @ApiOperation({ summary: 'The batch roster in the import template’s layout (PII masked unless the caller may see it)' })
  @ApiProduces(XLSX_TYPE)
  @ApiNotFoundResponse({ type: ErrorBody })
  async roster(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor, @Res() reply: FastifyReply): Promise<void> {
    const batch = await this.service.getVisible(actor, id);
    await this.service.streamRoster(actor, batch, attachment(reply, `${batch.name}干部花名册.xlsx`));
  }

  @Post()
  @RequirePermission(Permission.BatchManage)
  @ApiCreatedResponse({ type: BatchResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'the name is taken' })
  async create(@Body() body: CreateBatchDto, @CurrentSignedInActor() actor: SignedInActor): Promise<BatchResponse> {
    return toBatchResponse(await this.service.create(actor, body));
  }

  @Patch(':id')
  @RequirePermission(Permission.BatchManage)
  @ApiOkResponse({ type: BatchResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version, a taken name, or secondments outside the new period' })
  async update(@Param('id', ParseIdPipe) id: string, @Body() body: UpdateBatchDto, @CurrentSignedInActor() actor: SignedInActor): Promise<BatchResponse> {
    return toBatchResponse(await this.service.update(actor, id, body));
  }
}
