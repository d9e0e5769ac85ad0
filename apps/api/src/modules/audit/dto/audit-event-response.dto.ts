import { ApiProperty } from '@nestjs/swagger';
import type { AuditEvent } from '../audit-event.entity';

export class AuditEventResponse {
  @ApiProperty() id!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the role the actor had then' }) actorRole!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty({ type: String, nullable: true }) targetType!: string | null;
  @ApiProperty({ type: String, nullable: true }) targetId!: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) before!: unknown;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) after!: unknown;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
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

  @ApiProperty({ type: String, description: 'the first event that breaks the chain', nullable: true })
  firstBrokenId!: string | null;

  @ApiProperty({ enum: ['PREVIOUS_HASH_MISMATCH', 'CONTENT_HASH_MISMATCH'], nullable: true })
  reason!: string | null;
}
