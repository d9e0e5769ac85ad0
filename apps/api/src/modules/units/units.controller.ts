import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { type Page, toPage } from '../../common/paging/page';
import { CreateUnitDto, UnitQueryDto, UpdateUnitDto } from './dto/unit-requests.dto';
import { toUnitResponse, UnitPage, UnitResponse } from './dto/unit-response.dto';
import { UnitsRepository } from './units.repository';
import { UnitsService } from './units.service';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(
    private readonly service: UnitsService,
    private readonly repository: UnitsRepository,
  ) {}

  @Get()
  @RequirePermission(Permission.UnitRead)
  @ApiOperation({ summary: 'Units, with filters and paging' })
  @ApiOkResponse({ type: UnitPage })
  async list(@Query() query: UnitQueryDto): Promise<Page<UnitResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return toPage(rows, total, query, toUnitResponse);
  }

  @Get(':id')
  @RequirePermission(Permission.UnitRead)
  @ApiOkResponse({ type: UnitResponse })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(@Param('id', ParseIdPipe) id: string): Promise<UnitResponse> {
    return toUnitResponse(await this.service.get(id));
  }

  @Post()
  @RequirePermission(Permission.UnitManage)
  @ApiCreatedResponse({ type: UnitResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code is taken' })
  async create(@Body() body: CreateUnitDto, @CurrentSignedInActor() actor: SignedInActor): Promise<UnitResponse> {
    return toUnitResponse(await this.service.create(actor, body));
  }

  @Patch(':id')
  @RequirePermission(Permission.UnitManage)
  @ApiOkResponse({ type: UnitResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version, or the code is taken' })
  async update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateUnitDto,
    @CurrentSignedInActor() actor: SignedInActor,
  ): Promise<UnitResponse> {
    return toUnitResponse(await this.service.update(actor, id, body));
  }
}
