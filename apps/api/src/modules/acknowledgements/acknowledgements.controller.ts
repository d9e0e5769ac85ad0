import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { AcknowledgementsService } from './acknowledgements.service';
import { AcknowledgeDto, DecideReviewDto, MyResultResponse, RequestReviewDto, ReviewResponse, toReviewResponse } from './dto/acknowledgement.dto';

@ApiTags('results')
@Controller()
export class AcknowledgementsController {
  constructor(private readonly service: AcknowledgementsService) {}

  @Get('my/results')
  @RequirePermission(Permission.ResultAcknowledge)
  @ApiOperation({ summary: 'A cadre’s own finalized results, acknowledgements and reviews' })
  @ApiOkResponse({ type: [MyResultResponse] })
  myResults(@CurrentSignedInActor() actor: SignedInActor): Promise<MyResultResponse[]> {
    return this.service.myResults(actor);
  }

  @Post('assessments/:id/acknowledgement')
  @RequirePermission(Permission.ResultAcknowledge)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'The cadre acknowledges (签字确认) a finalized result, with an optional statement' })
  @ApiNoContentResponse()
  acknowledge(@Param('id', ParseIdPipe) id: string, @Body() body: AcknowledgeDto, @CurrentSignedInActor() actor: SignedInActor): Promise<void> {
    return this.service.acknowledge(actor, id, body.statement);
  }

  @Post('assessments/:id/review-requests')
  @RequirePermission(Permission.ResultAcknowledge)
  @ApiOperation({ summary: 'The cadre asks for a review (复核) of a finalized result, within the window' })
  @ApiCreatedResponse({ type: ReviewResponse })
  async request(@Param('id', ParseIdPipe) id: string, @Body() body: RequestReviewDto, @CurrentSignedInActor() actor: SignedInActor): Promise<ReviewResponse> {
    return toReviewResponse(await this.service.requestReview(actor, id, body.reason));
  }

  @Post('review-requests/:id/decide')
  @RequirePermission(Permission.RoundApprove)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'A leader decides a review; the outcome sits beside the original result' })
  @ApiOkResponse({ type: ReviewResponse })
  async decide(@Param('id', ParseIdPipe) id: string, @Body() body: DecideReviewDto, @CurrentSignedInActor() actor: SignedInActor): Promise<ReviewResponse> {
    return toReviewResponse(await this.service.decide(actor, id, body.outcome, body.reason, body.grade));
  }
}
