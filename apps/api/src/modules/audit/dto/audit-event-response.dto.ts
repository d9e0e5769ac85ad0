import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditEvent } from '../audit-event.entity';

export class AuditEventResponse {
  @ApiProperty() id!: string;
  @ApiProperty() occurredAt!: string;
  @ApiPropertyOptional({ nullable: true }) actorId!: string | null;
  @ApiPropertyOptional({ nullable: true }) actorRole!: string | null;
  @ApiProperty() action!: string;
  @ApiPropertyOptional({ nullable: true }) targetType!: string | null;
  @ApiPropertyOptional({ nullable: true }) targetId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: true }) before!: unknown;
  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: true }) after!: unknown;
  @ApiPropertyOptional({ nullable: true }) requestId!: string | null;
  @ApiProperty() hash!: string;
}

export function toAuditEventResponse(event: AuditEvent): AuditEventResponse {
  return {
    id: String(event.id),
    occurredAt: event.occurredAt.toISOString(),
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    before: event.before,
    after: event.after,
    requestId: event.requestId,
    hash: event.hash,
  };
}

export class ChainVerificationResponse {
  @ApiProperty({ description: 'true when every event links to the one before and matches its hash' })
  valid!: boolean;

  @ApiProperty({ description: 'events checked' })
  checked!: number;

  @ApiPropertyOptional({ description: 'the first event that breaks the chain', nullable: true })
  firstBrokenId!: string | null;

  @ApiPropertyOptional({ enum: ['PREVIOUS_HASH_MISMATCH', 'CONTENT_HASH_MISMATCH'], nullable: true })
  reason!: string | null;
}
