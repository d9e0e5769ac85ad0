import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import type { Page } from '../../common/paging/page';
import { DecideIncentiveDto, DecideTalentPoolDto, ExemplarDto, IncentiveResponse, TalentPoolEntryResponse, TalentPoolPage, TalentPoolQueryDto } from './dto/incentive.dto';
import { IncentivesService } from './incentives.service';

@ApiTags('incentives')
@Controller()
export class IncentivesController {
  constructor(private readonly service: IncentivesService) {}

  @Get('rounds/:id/incentives')
  @RequirePermission(Permission.IncentiveRead)
  @ApiOperation({ summary: 'The incentives (待遇落实) proposed for the Excellent of a finalized round, by rank' })
  @ApiOkResponse({ type: [IncentiveResponse] })
  list(@Param('id', ParseIdPipe) id: string): Promise<IncentiveResponse[]> {
    return this.service.listForRound(id);
  }

  @Post('incentives/:id/decide')
  @RequirePermission(Permission.IncentiveManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm (as proposed or amended) or reject a proposed incentive, with a note' })
  @ApiOkResponse({ type: IncentiveResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'already decided, or a stale version' })
  decide(@Param('id', ParseIdPipe) id: string, @Body() body: DecideIncentiveDto, @CurrentSignedInActor() actor: SignedInActor): Promise<IncentiveResponse> {
    return this.service.decide(actor, id, body);
  }

  @Put('incentives/:id/exemplar')
  @RequirePermission(Permission.IncentiveManage)
  @ApiOperation({ summary: 'Flag the cadre of a confirmed incentive as an exemplar (示范标杆), with the citation, or unflag' })
  @ApiOkResponse({ type: IncentiveResponse })
  exemplar(@Param('id', ParseIdPipe) id: string, @Body() body: ExemplarDto, @CurrentSignedInActor() actor: SignedInActor): Promise<IncentiveResponse> {
    return this.service.exemplar(actor, id, body);
  }

  @Get('talent-pool')
  @RequirePermission(Permission.IncentiveRead)
  @ApiOperation({ summary: 'The talent pool (储备人才备选): those Excellent in two or more rounds first' })
  @ApiOkResponse({ type: TalentPoolPage })
  talentPool(@Query() query: TalentPoolQueryDto): Promise<Page<TalentPoolEntryResponse>> {
    return this.service.talentPool(query);
  }

  @Post('talent-pool/:id/decide')
  @RequirePermission(Permission.IncentiveManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm a proposal into the talent pool with the recommendation, or decline it with the reason' })
  @ApiOkResponse({ type: TalentPoolEntryResponse })
  decideTalent(@Param('id', ParseIdPipe) id: string, @Body() body: DecideTalentPoolDto, @CurrentSignedInActor() actor: SignedInActor): Promise<TalentPoolEntryResponse> {
    return this.service.decideTalent(actor, id, body);
  }
}
