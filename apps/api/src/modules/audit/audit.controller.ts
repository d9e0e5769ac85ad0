import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { RequirePermission } from '../../common/auth/route-access';
import { type Page, toPage } from '../../common/paging/page';
import { AuditChainService } from './audit-chain.service';
import { AuditRepository } from './audit.repository';
import { AuditQueryDto } from './dto/audit-query.dto';
import { type AuditEventResponse, ChainVerificationResponse, toAuditEventResponse } from './dto/audit-event-response.dto';
import { AuditEventPage } from './dto/audit-event-page.dto';

@ApiTags('audit-log')
@Controller('audit-log')
export class AuditController {
  constructor(
    private readonly repository: AuditRepository,
    private readonly chain: AuditChainService,
  ) {}

  @Get()
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({ summary: 'Audit events, newest first, with filters' })
  @ApiOkResponse({ type: AuditEventPage })
  async list(@Query() query: AuditQueryDto): Promise<Page<AuditEventResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return toPage(rows, total, query, toAuditEventResponse);
  }

  @Get('verify')
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({ summary: 'Recompute the hash chain and report the first broken event' })
  @ApiOkResponse({ type: ChainVerificationResponse })
  verify(): Promise<ChainVerificationResponse> {
    return this.chain.verify();
  }
}
