import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { RecommendationResponse, RecordRecommendationDto, RoundRecommendationsResponse, toRecommendationResponse } from './dto/recommendation.dto';
import { RecommendationsService } from './recommendations.service';

@ApiTags('recommendations')
@Controller('rounds/:id/recommendations')
export class RecommendationsController {
  constructor(private readonly service: RecommendationsService) {}

  @Get()
  @RequirePermission(Permission.RoundRead)
  @ApiOperation({ summary: 'The project groups of a round whose cadres need a comparative recommendation, each with its share of the quota and what was recorded (leaders read it too)' })
  @ApiOkResponse({ type: RoundRecommendationsResponse })
  groups(@Param('id', ParseIdPipe) id: string): Promise<RoundRecommendationsResponse> {
    return this.service.groups(id);
  }

  @Put()
  @RequirePermission(Permission.RoundManage)
  @ApiOperation({ summary: 'Record a project group’s comparative recommendation (比对推荐): its cadres ranked with reasons, and who is recommended' })
  @ApiOkResponse({ type: RecommendationResponse })
  async record(@Param('id', ParseIdPipe) id: string, @Body() body: RecordRecommendationDto, @CurrentSignedInActor() actor: SignedInActor): Promise<RecommendationResponse> {
    const { recommendation, share } = await this.service.record(actor, id, body);
    return toRecommendationResponse(recommendation, share);
  }
}
