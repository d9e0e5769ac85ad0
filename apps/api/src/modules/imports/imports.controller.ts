import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, DomainErrorCode, Permission } from '@app/domain';
import { buildErrorReport, buildRosterTemplate } from '@app/excel';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { attachment } from '../../common/http/download';
import { uploadedFile } from '../../common/http/upload';

/** A roster of thousands of rows is well under this. */
const ROSTER_MAX_BYTES = 5 * 1024 * 1024;
import { RosterImportQueryDto, RosterImportSummaryDto } from './dto/roster-import.dto';
import { RosterImportService } from './roster-import.service';

@ApiTags('imports')
@Controller('imports/roster')
export class ImportsController {
  constructor(private readonly service: RosterImportService) {}

  @Get('template.xlsx')
  @RequirePermission(Permission.RosterImport)
  @ApiOperation({ summary: 'The roster template: Chinese headers, drop-down lists, a guide with an example row' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async template(@Res() reply: FastifyReply): Promise<void> {
    await attachment(reply, '干部花名册导入模板.xlsx').send(await buildRosterTemplate());
  }

  @Post()
  @RequirePermission(Permission.RosterImport)
  @ApiOperation({
    summary: 'Import a roster (.xlsx, at most 5 MB) into a batch: every row or none',
    description: 'Creates the cadres (or reuses a registered one with the same national id and name) and their secondments. ' +
      'Any error: 422 with every error by row and column, and nothing stored.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiResponse({ status: 201, type: RosterImportSummaryDto, description: 'stored' })
  @ApiOkResponse({ type: RosterImportSummaryDto, description: 'dry run: valid, nothing stored' })
  @ApiResponse({ status: 422, type: ErrorBody, description: '`details.errors`: [{ row, column, message }]' })
  @ApiResponse({ status: 413, type: ErrorBody, description: 'over 5 MB' })
  async import(
    @Query() query: RosterImportQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentSignedInActor() actor: SignedInActor,
  ): Promise<void> {
    const file = (await uploadedFile(request, ROSTER_MAX_BYTES)).data;

    const checked = await this.service.check(query.batchId, file);
    if (!checked.ok) {
      if (query.report === 'xlsx' && checked.sheet) {
        const report = await buildErrorReport(checked.sheet, checked.errors);
        await attachment(reply.status(422), '花名册错误报告.xlsx').send(report);
        return;
      }
      throw new DomainError(DomainErrorCode.Unprocessable, `花名册有${checked.errors.length}处错误，未导入任何数据`, {
        errors: checked.errors,
        inChinese: `花名册有 ${checked.errors.length} 处错误，未导入任何数据，请按错误清单逐行修改后重新导入`,
      });
    }
    if (query.dryRun) {
      await reply.status(200).send(this.service.summarize(checked.batch, checked.plan, true));
      return;
    }
    await reply.status(201).send(await this.service.import(actor, checked.batch, checked.plan));
  }
}
