import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiBody, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EVIDENCE_MAX_BYTES, Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { attachment, sendStoredFile } from '../../common/http/download';
import { uploadedFile } from '../../common/http/upload';
import type { Page } from '../../common/paging/page';
import { CadreQueryDto } from '../cadres/dto/cadre-requests.dto';
import { AppraisalsService } from './appraisals.service';
import { DossiersService } from './dossiers.service';
import {
  AppraisalResponse,
  DossierResponse,
  type DossierSummaryResponse,
  DossierSummaryPage,
  EditAppraisalDto,
  MaterialQueryDto,
  MaterialResponse,
  toAppraisalResponse,
  toMaterialResponse,
  VersionDto,
} from './dto/dossier.dto';

@ApiTags('dossiers')
@Controller()
export class DossiersController {
  constructor(
    private readonly dossiers: DossiersService,
    private readonly appraisals: AppraisalsService,
  ) {}

  @Get('dossiers')
  @RequirePermission(Permission.DossierRead)
  @ApiOperation({ summary: 'Find dossiers by name, unit, category, batch or grade (a host unit: its own cadres; a cadre: their own)' })
  @ApiOkResponse({ type: DossierSummaryPage })
  search(@Query() query: CadreQueryDto, @CurrentSignedInActor() actor: SignedInActor): Promise<Page<DossierSummaryResponse>> {
    return this.dossiers.search(actor, query);
  }

  @Get('dossiers/:cadreId/dossier.xlsx')
  @RequirePermission(Permission.DossierRead)
  @ApiOperation({ summary: 'The dossier as a workbook: profile and secondments, the scores of every round, the appraisals' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async dossierWorkbook(@Param('cadreId', ParseIdPipe) cadreId: string, @CurrentSignedInActor() actor: SignedInActor, @Res() reply: FastifyReply): Promise<void> {
    const { filename, data } = await this.dossiers.dossierWorkbook(actor, cadreId);
    await attachment(reply, filename).send(data);
  }

  @Get('dossiers/:cadreId')
  @RequirePermission(Permission.DossierRead)
  @ApiOperation({ summary: 'One-click lookup (一键查询): profile, secondments, results, dossier entries, appraisals, materials, incentives and talent pool, in one response' })
  @ApiOkResponse({ type: DossierResponse })
  lookup(@Param('cadreId', ParseIdPipe) cadreId: string, @CurrentSignedInActor() actor: SignedInActor): Promise<DossierResponse> {
    return this.dossiers.lookup(actor, cadreId);
  }

  @Post('dossiers/:cadreId/materials')
  @RequirePermission(Permission.DossierManage)
  @ApiOperation({ summary: `Attach a material to a dossier (PDF, JPG, PNG, DOCX, XLSX, recognized by content; at most ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB)` })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: MaterialResponse })
  @ApiResponse({ status: 413, type: ErrorBody })
  async attach(
    @Param('cadreId', ParseIdPipe) cadreId: string,
    @Query() meta: MaterialQueryDto,
    @Req() request: FastifyRequest,
    @CurrentSignedInActor() actor: SignedInActor,
  ): Promise<MaterialResponse> {
    return toMaterialResponse(await this.dossiers.attach(actor, cadreId, meta, await uploadedFile(request, EVIDENCE_MAX_BYTES)));
  }

  @Get('dossiers/:cadreId/materials/:id')
  @RequirePermission(Permission.DossierRead)
  @ApiOperation({ summary: 'Download one material' })
  async download(
    @Param('cadreId', ParseIdPipe) cadreId: string,
    @Param('id', ParseIdPipe) id: string,
    @CurrentSignedInActor() actor: SignedInActor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const material = await this.dossiers.material(actor, cadreId, id);
    await sendStoredFile(reply, material);
  }

  @Post('secondments/:id/complete')
  @RequirePermission(Permission.SecondmentManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Complete an ACTIVE secondment (期满) and compose its comprehensive appraisal (综合鉴定) as a draft' })
  @ApiOkResponse({ type: AppraisalResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'not ACTIVE, or a stale version' })
  async complete(@Param('id', ParseIdPipe) id: string, @Body() body: VersionDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AppraisalResponse> {
    return toAppraisalResponse(await this.appraisals.complete(actor, id, body.version));
  }

  @Get('secondments/:id/appraisal')
  @RequirePermission(Permission.DossierRead)
  @ApiOperation({ summary: 'The comprehensive appraisal of a completed secondment' })
  @ApiOkResponse({ type: AppraisalResponse })
  async appraisal(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<AppraisalResponse> {
    return toAppraisalResponse(await this.appraisals.get(actor, id));
  }

  @Get('secondments/:id/appraisal.xlsx')
  @RequirePermission(Permission.DossierRead)
  @ApiOperation({ summary: 'The appraisal form (综合鉴定表), A4, to print and file' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async appraisalForm(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor, @Res() reply: FastifyReply): Promise<void> {
    const { filename, data } = await this.dossiers.appraisalForm(actor, id);
    await attachment(reply, filename).send(data);
  }

  @Put('secondments/:id/appraisal')
  @RequirePermission(Permission.DossierManage)
  @ApiOperation({ summary: 'Rewrite sections of a draft appraisal' })
  @ApiOkResponse({ type: AppraisalResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'filed, or a stale version' })
  async edit(@Param('id', ParseIdPipe) id: string, @Body() body: EditAppraisalDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AppraisalResponse> {
    return toAppraisalResponse(await this.appraisals.edit(actor, id, body.version, body.sections));
  }

  @Post('secondments/:id/appraisal/compose')
  @RequirePermission(Permission.DossierManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Compose a draft appraisal again from the data as it now stands (replaces edits)' })
  @ApiOkResponse({ type: AppraisalResponse })
  async recompose(@Param('id', ParseIdPipe) id: string, @Body() body: VersionDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AppraisalResponse> {
    return toAppraisalResponse(await this.appraisals.recompose(actor, id, body.version));
  }

  @Post('secondments/:id/appraisal/file')
  @RequirePermission(Permission.DossierManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'File the appraisal into the archive: immutable from then on' })
  @ApiOkResponse({ type: AppraisalResponse })
  async file(@Param('id', ParseIdPipe) id: string, @Body() body: VersionDto, @CurrentSignedInActor() actor: SignedInActor): Promise<AppraisalResponse> {
    return toAppraisalResponse(await this.appraisals.file(actor, id, body.version));
  }
}
