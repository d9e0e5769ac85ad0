import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuditContent, auditBody } from '@app/domain';
import type { Actor } from '../../common/auth/actor';
import { type AuditAppend, auditAppend, AuditRepository } from './audit.repository';

export interface AuditRecord {
  action: string;
  targetType?: string;
  targetId?: string | null;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** The user acting when the request has no signed-in user yet: the one logging in. */
  actingUser?: { id: string; role: string };
}

/**
 * Writes audit events. Always called with the EntityManager of the transaction
 * that makes the change (or inside the statement that makes it: `event`), so the
 * event and the change commit or vanish together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    await this.repository.append(manager, this.event(actor, record));
  }

  /** The event, for a change that appends it within its own statement (see AuditAppend). */
  event(actor: Actor, record: AuditRecord): AuditAppend {
    const content: AuditContent = {
      occurredAt: new Date(),
      actorId: actor.user?.userId ?? record.actingUser?.id ?? null,
      actorRole: actor.user?.role ?? record.actingUser?.role ?? null,
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      before: record.before ?? null,
      after: record.after ?? null,
      requestId: actor.requestId,
    };
    return auditAppend(content, auditBody(content));
  }
}
