import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { RecommendationResponse, RecordRecommendationDto, toRecommendationResponse } from './dto/recommendation.dto';
import { RecommendationsService } from './recommendations.service';

@ApiTags('recommendations')
@Controller('rounds/:id/recommendations')
export class RecommendationsController {
  constructor(private readonly service: RecommendationsService) {}

  @Put()
  @RequirePermission(Permission.RoundManage)
  @ApiOperation({ summary: 'Record a project group’s comparative recommendation (比对推荐): its cadres ranked with reasons, and who is recommended' })
  @ApiOkResponse({ type: RecommendationResponse })
  async record(@Param('id', ParseUUIDPipe) id: string, @Body() body: RecordRecommendationDto, @CurrentSignedInActor() actor: SignedInActor): Promise<RecommendationResponse> {
    const { recommendation, share } = await this.service.record(actor, id, body);
    return toRecommendationResponse(recommendation, share);
  }
}
