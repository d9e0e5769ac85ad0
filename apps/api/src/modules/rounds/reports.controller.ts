import { Controller, Get, Param, Res } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { attachment, XLSX_TYPE } from '../../common/http/download';
import { type Report, ReportsService } from './reports.service';

/** The organization department's Excel reports: streamed, file names chosen here. */
@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('rounds/:id/summary.xlsx')
  @RequirePermission(Permission.AssessmentRead)
  @ApiOperation({ summary: '考核结果汇总表: every cadre by rank with the 13 sub-items, total, rank and grade (a host unit: its own cadres)' })
  @ApiProduces(XLSX_TYPE)
  @ApiConflictResponse({ type: ErrorBody, description: 'the results are not submitted yet' })
  async summary(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.reports.summary(actor, id));
  }

  @Get('rounds/:id/details.xlsx')
  @RequirePermission(Permission.AssessmentRead)
  @ApiOperation({ summary: '评分明细表: per cadre per sub-item, the score, its source, who entered it and when (a host unit: its own cadres)' })
  @ApiProduces(XLSX_TYPE)
  async details(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.reports.details(actor, id));
  }

  @Get('rounds/:id/ballots.xlsx')
  @RequirePermission(Permission.BallotRead)
  @ApiOperation({ summary: '民主测评统计表: per cadre, expected voters, ballots cast, participation, counts and shares per grade, invalid ballots, converted score' })
  @ApiProduces(XLSX_TYPE)
  async ballots(@Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.reports.ballotTally(id));
  }

  @Get('rounds/:id/distribution.xlsx')
  @RequirePermission(Permission.RoundRead)
  @ApiOperation({ summary: '等次分布表: grades by category and by host unit, the Excellent quota and its use, and a table for charts' })
  @ApiProduces(XLSX_TYPE)
  @ApiConflictResponse({ type: ErrorBody, description: 'the results are not submitted yet' })
  async distribution(@Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.reports.distribution(id));
  }

  @Get('rounds/:id/incentives.xlsx')
  @RequirePermission(Permission.IncentiveRead)
  @ApiOperation({ summary: '激励落实表: the incentives of a finalized round, as proposed and as decided' })
  @ApiProduces(XLSX_TYPE)
  async incentives(@Param('id', ParseIdPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.reports.incentives(id));
  }

  @Get('talent-pool.xlsx')
  @RequirePermission(Permission.IncentiveRead)
  @ApiOperation({ summary: '储备人才库: the talent pool, those Excellent in two or more rounds first' })
  @ApiProduces(XLSX_TYPE)
  async talentPool(@Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.reports.talentPool());
  }
}

function send(reply: FastifyReply, report: Report): FastifyReply {
  return attachment(reply, report.filename).send(report.stream);
}
