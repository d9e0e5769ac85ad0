import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import type { Page } from '../../common/paging/page';
import { CadresService } from './cadres.service';
import { CadreQueryDto, CreateCadreDto, UpdateCadreDto } from './dto/cadre-requests.dto';
import { CadrePage, CadreResponse } from './dto/cadre-response.dto';

@ApiTags('cadres')
@Controller('cadres')
export class CadresController {
  constructor(private readonly service: CadresService) {}

  @Get()
  @RequirePermission(Permission.CadreRead)
  @ApiOperation({ summary: 'Cadres the caller may see; `q` searches name, unit and post in one request' })
  @ApiOkResponse({ type: CadrePage })
  list(@Query() query: CadreQueryDto, @CurrentSignedInActor() actor: SignedInActor): Promise<Page<CadreResponse>> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @RequirePermission(Permission.CadreRead)
  @ApiOkResponse({ type: CadreResponse })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'unknown, or outside the caller’s scope' })
  get(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<CadreResponse> {
    return this.service.get(actor, id);
  }

  @Post()
  @RequirePermission(Permission.CadreManage)
  @ApiCreatedResponse({ type: CadreResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'the national id is already registered' })
  create(@Body() body: CreateCadreDto, @CurrentSignedInActor() actor: SignedInActor): Promise<CadreResponse> {
    return this.service.create(actor, body);
  }

  @Patch(':id')
  @RequirePermission(Permission.CadreManage)
  @ApiOkResponse({ type: CadreResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version, or the national id is taken' })
  update(@Param('id', ParseIdPipe) id: string, @Body() body: UpdateCadreDto, @CurrentSignedInActor() actor: SignedInActor): Promise<CadreResponse> {
    return this.service.update(actor, id, body);
  }
}
