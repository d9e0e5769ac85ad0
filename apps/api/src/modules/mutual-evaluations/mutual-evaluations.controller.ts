import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { MutualEvaluationResponse, MyMutualEvaluationResponse, OpenMutualEvaluationDto, RateColleagueDto, RoundMutualEvaluationsResponse } from './dto/mutual-evaluation.dto';
import { MutualEvaluationsService } from './mutual-evaluations.service';

@ApiTags('mutual-evaluations')
@Controller()
export class MutualEvaluationsController {
  constructor(private readonly service: MutualEvaluationsService) {}

  @Get('rounds/:id/mutual-evaluations')
  @RequirePermission(Permission.RoundRead)
  @ApiOperation({ summary: 'The groups of a round scored by mutual evaluation, each with its evaluation once opened and how many have rated, in counts only (leaders read it too)' })
  @ApiOkResponse({ type: RoundMutualEvaluationsResponse })
  groups(@Param('id', ParseIdPipe) id: string): Promise<RoundMutualEvaluationsResponse> {
    return this.service.groups(id);
  }

  @Get('mutual-evaluations/mine')
  @RequirePermission(Permission.MutualEvaluationRate)
  @ApiOperation({ summary: 'The open mutual evaluations of my groups: the colleagues to rate, and whom I have rated' })
  @ApiOkResponse({ type: [MyMutualEvaluationResponse] })
  mine(@CurrentSignedInActor() actor: SignedInActor): Promise<MyMutualEvaluationResponse[]> {
    return this.service.mine(actor);
  }

  @Post('mutual-evaluations')
  @RequirePermission(Permission.MutualEvaluationManage)
  @ApiOperation({ summary: 'Open a centralized mutual evaluation (集中互评) for a group of a round' })
  @ApiCreatedResponse({ type: MutualEvaluationResponse })
  async open(@Body() body: OpenMutualEvaluationDto, @CurrentSignedInActor() actor: SignedInActor): Promise<MutualEvaluationResponse> {
    const { evaluation, members } = await this.service.open(actor, body.roundId, body.groupLabel);
    return { id: evaluation.id, roundId: evaluation.roundId, groupLabel: evaluation.groupLabel, status: evaluation.status, members, version: evaluation.version };
  }

  @Post('mutual-evaluations/:id/ratings')
  @RequirePermission(Permission.MutualEvaluationRate)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'A cadre of the group rates one colleague, once; never themselves' })
  @ApiNoContentResponse()
  rate(@Param('id', ParseIdPipe) id: string, @Body() body: RateColleagueDto, @CurrentSignedInActor() actor: SignedInActor): Promise<void> {
    return this.service.rate(actor, id, body.assessmentId, body.rating);
  }

  @Post('mutual-evaluations/:id/close')
  @RequirePermission(Permission.MutualEvaluationManage)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Close the evaluation: its ratings then feed 3.1' })
  @ApiNoContentResponse()
  close(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<void> {
    return this.service.close(actor, id);
  }
}
