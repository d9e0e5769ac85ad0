import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Permission } from '@app/domain';
import { writeBallotCodes } from '@app/excel';
import { type Actor, CurrentActor, CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { Public, RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { attachment } from '../../common/http/download';
import type { BallotSession } from './ballot.entities';
import { BallotsService } from './ballots.service';
import { BallotSessionResponse, CastBallotDto, CreateBallotSessionDto, CreatedBallotSessionResponse } from './dto/ballot.dto';

class CreateSessionQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'xlsx'], description: 'xlsx: the codes as a printable sheet, one per row' })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}

function toSessionResponse(session: BallotSession, tally: BallotSessionResponse['tally']): BallotSessionResponse {
  return { id: session.id, assessmentId: session.assessmentId, status: session.status, expectedVoters: session.expectedVoters, tally, version: session.version };
}

@ApiTags('ballots')
@Controller()
export class BallotsController {
  constructor(private readonly service: BallotsService) {}

  @Post('ballot-sessions')
  @RequirePermission(Permission.BallotManage)
  @ApiOperation({ summary: 'Open a democratic evaluation for an assessment and get its one-time codes (shown once)' })
  @ApiCreatedResponse({ type: CreatedBallotSessionResponse })
  async create(
    @Body() body: CreateBallotSessionDto,
    @Query() query: CreateSessionQueryDto,
    @CurrentSignedInActor() actor: SignedInActor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { session, codes, tally } = await this.service.createSession(actor, body.assessmentId, body.expectedVoters);
    if (query.format === 'xlsx') {
      await attachment(reply.status(201), '民主评议票码.xlsx').send(await writeBallotCodes(codes));
      return;
    }
    await reply.status(201).send({ ...toSessionResponse(session, tally), codes } satisfies CreatedBallotSessionResponse);
  }

  @Get('assessments/:id/ballot-sessions')
  @RequirePermission(Permission.BallotRead)
  @ApiOperation({ summary: 'The democratic evaluations of an assessment, newest first, each with its tally (the codes are shown only when created)' })
  @ApiOkResponse({ type: [BallotSessionResponse] })
  async sessionsOf(@Param('id', ParseIdPipe) id: string): Promise<BallotSessionResponse[]> {
    return (await this.service.sessionsOf(id)).map(({ session, tally }) => toSessionResponse(session, tally));
  }

  @Get('ballot-sessions/:id')
  @RequirePermission(Permission.BallotRead)
  @ApiOperation({ summary: 'The session and its tally (民主测评统计)' })
  @ApiOkResponse({ type: BallotSessionResponse })
  async get(@Param('id', ParseIdPipe) id: string): Promise<BallotSessionResponse> {
    const { session, tally } = await this.service.get(id);
    return toSessionResponse(session, tally);
  }

  @Post('ballot-sessions/:id/close')
  @RequirePermission(Permission.BallotManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Close the evaluation: its tally feeds 3.1 if participation reached the round’s minimum' })
  @ApiOkResponse({ type: BallotSessionResponse })
  async close(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<BallotSessionResponse> {
    const { session, tally } = await this.service.close(actor, id);
    return toSessionResponse(session, tally);
  }

  @Post('ballots')
  @Public()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Cast one anonymous ballot with a one-time code (no account)' })
  @ApiCreatedResponse({ description: 'counted' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code cannot be used (unknown, used, or closed: the answer does not say which)' })
  async cast(@Body() body: CastBallotDto, @CurrentActor() actor: Actor): Promise<{ counted: true }> {
    await this.service.cast(actor, body.code, body.choice);
    return { counted: true };
  }
}
