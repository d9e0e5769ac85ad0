import { ApiProperty } from '@nestjs/swagger';
import { PageMeta } from '../../../common/paging/page';
import { AuditEventResponse } from './audit-event-response.dto';

export class AuditEventPage extends PageMeta {
  @ApiProperty({ type: [AuditEventResponse] })
  items!: AuditEventResponse[];
}
