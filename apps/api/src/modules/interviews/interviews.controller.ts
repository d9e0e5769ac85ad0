import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { CreateInterviewDto, InterviewResponse, toInterviewResponse } from './dto/interview.dto';
import { InterviewsService } from './interviews.service';

@ApiTags('interviews')
@Controller('assessments/:id/interviews')
export class InterviewsController {
  constructor(private readonly service: InterviewsService) {}

  @Get()
  @RequirePermission(Permission.AssessmentRead)
  @ApiOkResponse({ type: [InterviewResponse] })
  async list(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<InterviewResponse[]> {
    return (await this.service.list(actor, id)).map(toInterviewResponse);
  }

  @Post()
  @RequirePermission(Permission.InterviewRecord)
  @ApiOperation({ summary: 'Record a service-recipient interview of an SOE cadre (organization and role of the interviewee, never their id)' })
  @ApiCreatedResponse({ type: InterviewResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'the category has no interviews, or the round no longer takes inputs' })
  async record(@Param('id', ParseIdPipe) id: string, @Body() body: CreateInterviewDto, @CurrentSignedInActor() actor: SignedInActor): Promise<InterviewResponse> {
    return toInterviewResponse(await this.service.record(actor, id, body));
  }
}
