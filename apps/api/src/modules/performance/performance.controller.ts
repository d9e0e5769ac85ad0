import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EVIDENCE_MAX_BYTES, Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { sendStoredFile } from '../../common/http/download';
import { uploadedFile } from '../../common/http/upload';
import { type Page, toPage } from '../../common/paging/page';
import {
  CreatePerformanceEntryDto,
  EvidenceResponse,
  PerformanceEntryPage,
  PerformanceEntryResponse,
  PerformanceQueryDto,
  ReviewPerformanceEntryDto,
  toEvidenceResponse,
  toPerformanceEntryResponse,
} from './dto/performance.dto';
import { PerformanceRepository } from './performance.repository';
import { PerformanceService } from './performance.service';

@ApiTags('performance-entries')
@Controller('performance-entries')
export class PerformanceController {
  constructor(
    private readonly service: PerformanceService,
    private readonly repository: PerformanceRepository,
  ) {}

  @Get()
  @RequirePermission(Permission.PerformanceRead)
  @ApiOperation({ summary: 'Performance entries the caller may see, with their evidence (no bytes)' })
  @ApiOkResponse({ type: PerformanceEntryPage })
  async list(@Query() query: PerformanceQueryDto, @CurrentSignedInActor() actor: SignedInActor): Promise<Page<PerformanceEntryResponse>> {
    const [rows, total] = await this.repository.findPage(query, objectScopeOf(actor.user));
    const evidence = await this.repository.evidenceOf(rows.map((r) => r.id));
    return toPage(rows, total, query, (row) => toPerformanceEntryResponse(row, evidence.get(row.id) ?? []));
  }

  @Post()
  @RequirePermission(Permission.PerformanceWrite)
  @ApiOperation({ summary: 'A cadre reports an achievement of a quarter' })
  @ApiCreatedResponse({ type: PerformanceEntryResponse })
  async create(@Body() body: CreatePerformanceEntryDto, @CurrentSignedInActor() actor: SignedInActor): Promise<PerformanceEntryResponse> {
    return toPerformanceEntryResponse(await this.service.create(actor, body), []);
  }

  @Post(':id/evidence')
  @RequirePermission(Permission.PerformanceWrite)
  @ApiOperation({ summary: `Attach evidence (PDF, JPG, PNG, DOCX, XLSX, recognized by content; at most ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB)` })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: EvidenceResponse })
  @ApiResponse({ status: 413, type: ErrorBody })
  async attach(@Param('id', ParseIdPipe) id: string, @Req() request: FastifyRequest, @CurrentSignedInActor() actor: SignedInActor): Promise<EvidenceResponse> {
    return toEvidenceResponse(await this.service.attach(actor, id, await uploadedFile(request, EVIDENCE_MAX_BYTES)));
  }

  @Get(':id/evidence/:fileId')
  @RequirePermission(Permission.PerformanceRead)
  @ApiOperation({ summary: 'Download one evidence file' })
  async download(
    @Param('id', ParseIdPipe) id: string,
    @Param('fileId', ParseIdPipe) fileId: string,
    @CurrentSignedInActor() actor: SignedInActor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.service.download(actor, id, fileId);
    await sendStoredFile(reply, file);
  }

  @Post(':id/review')
  @RequirePermission(Permission.PerformanceReview)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Org staff mark an entry reviewed' })
  @ApiOkResponse({ type: PerformanceEntryResponse })
  async review(@Param('id', ParseIdPipe) id: string, @Body() body: ReviewPerformanceEntryDto, @CurrentSignedInActor() actor: SignedInActor): Promise<PerformanceEntryResponse> {
    const entry = await this.service.review(actor, id, body.version);
    return toPerformanceEntryResponse(entry, (await this.repository.evidenceOf([id])).get(id) ?? []);
  }
}
