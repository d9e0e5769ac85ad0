import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { Authenticated, RequirePermission } from '../../common/auth/route-access';
import { FileObjectionDto, HolidayDto, ObjectionResponse, PublicityNoticeResponse, ResolveObjectionDto, toObjectionResponse } from './dto/publicity.dto';
import { PublicityService } from './publicity.service';

@ApiTags('publicity')
@Controller()
export class PublicityController {
  constructor(private readonly service: PublicityService) {}

  @Get('holidays')
  @Authenticated()
  @ApiOperation({ summary: 'Public holidays: not working days of a publicity period' })
  @ApiOkResponse({ type: [HolidayDto] })
  async holidays(): Promise<HolidayDto[]> {
    return (await this.service.holidays()).map((h) => ({ date: h.date, name: h.name }));
  }

  @Put('holidays')
  @RequirePermission(Permission.RoundManage)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  addHoliday(@Body() body: HolidayDto, @CurrentSignedInActor() actor: SignedInActor): Promise<void> {
    return this.service.addHoliday(actor, body.date, body.name);
  }

  @Get('rounds/:id/publicity')
  @Authenticated()
  @ApiOperation({ summary: 'The publicity notice (公示): the period and the Excellent list; any signed-in user' })
  @ApiOkResponse({ type: PublicityNoticeResponse })
  notice(@Param('id', ParseIdPipe) id: string): Promise<PublicityNoticeResponse> {
    return this.service.notice(id);
  }

  @Post('assessments/:id/objections')
  @Authenticated()
  @ApiOperation({ summary: 'Object to a result in publicity (异议), with the reason; any signed-in user' })
  @ApiCreatedResponse({ type: ObjectionResponse })
  async file(@Param('id', ParseIdPipe) id: string, @Body() body: FileObjectionDto, @CurrentSignedInActor() actor: SignedInActor): Promise<ObjectionResponse> {
    return toObjectionResponse(await this.service.file(actor, id, body.reason));
  }

  @Get('rounds/:id/objections')
  @RequirePermission(Permission.RoundRead)
  @ApiOkResponse({ type: [ObjectionResponse] })
  async list(@Param('id', ParseIdPipe) id: string): Promise<ObjectionResponse[]> {
    return (await this.service.listForRound(id)).map(toObjectionResponse);
  }

  @Post('objections/:id/resolve')
  @RequirePermission(Permission.RoundManage)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Resolve an objection: UPHELD sends the round back to calibration; DISMISSED keeps it, with the reason' })
  @ApiOkResponse({ type: ObjectionResponse })
  async resolve(@Param('id', ParseIdPipe) id: string, @Body() body: ResolveObjectionDto, @CurrentSignedInActor() actor: SignedInActor): Promise<ObjectionResponse> {
    return toObjectionResponse(await this.service.resolve(actor, id, body.outcome, body.resolution));
  }
}
