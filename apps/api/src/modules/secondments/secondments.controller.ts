import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { type Page, toPage } from '../../common/paging/page';
import { CreateSecondmentDto, SecondmentQueryDto, UpdateSecondmentDto } from './dto/secondment-requests.dto';
import { SecondmentPage, SecondmentResponse, toSecondmentResponse } from './dto/secondment-response.dto';
import { SecondmentsRepository } from './secondments.repository';
import { SecondmentsService } from './secondments.service';

@ApiTags('secondments')
@Controller('secondments')
export class SecondmentsController {
  constructor(
    private readonly service: SecondmentsService,
    private readonly repository: SecondmentsRepository,
  ) {}

  @Get()
  @RequirePermission(Permission.SecondmentRead)
  @ApiOperation({ summary: 'Secondments the caller may see (a host unit: its own; a cadre: their own)' })
  @ApiOkResponse({ type: SecondmentPage })
  async list(@Query() query: SecondmentQueryDto, @CurrentSignedInActor() actor: SignedInActor): Promise<Page<SecondmentResponse>> {
    const [rows, total] = await this.repository.findPage(query, objectScopeOf(actor.user));
    return toPage(rows, total, query, toSecondmentResponse);
  }

  @Get(':id')
  @RequirePermission(Permission.SecondmentRead)
  @ApiOkResponse({ type: SecondmentResponse })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'unknown, or outside the caller’s scope' })
  async get(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<SecondmentResponse> {
    return toSecondmentResponse(await this.service.get(id, objectScopeOf(actor.user)));
  }

  @Post()
  @RequirePermission(Permission.SecondmentManage)
  @ApiOperation({ summary: 'Second a cadre; a cadre has at most one ACTIVE secondment' })
  @ApiCreatedResponse({ type: SecondmentResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'the cadre already has an ACTIVE secondment, or the batch is closed' })
  async create(@Body() body: CreateSecondmentDto, @CurrentSignedInActor() actor: SignedInActor): Promise<SecondmentResponse> {
    return toSecondmentResponse(await this.service.create(actor, body));
  }

  @Patch(':id')
  @RequirePermission(Permission.SecondmentManage)
  @ApiOkResponse({ type: SecondmentResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version, a status change not allowed, or a second ACTIVE secondment' })
  async update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateSecondmentDto,
    @CurrentSignedInActor() actor: SignedInActor,
  ): Promise<SecondmentResponse> {
    return toSecondmentResponse(await this.service.update(actor, id, body));
  }
}
