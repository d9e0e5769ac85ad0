import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, MoreThan } from 'typeorm';
import type { AuditContent, ChainedAuditEvent } from '@app/domain';
import { bindNamed } from '@app/database';
import { AuditEvent } from './audit-event.entity';
import type { AuditQueryDto } from './dto/audit-query.dto';

/**
 * An event ready to be appended: the call of append_audit_event with `:audit…` parameters,
 * and their values. The database keeps the event aside and links it to the chain when the
 * transaction commits, under the chain's lock, computing its hash from `body` (see
 * migration AuditChainAtCommit); an event of a transaction that rolls back is never
 * stored. A change written in one statement calls it inside that statement, so the change
 * and its event are one round trip (see AssessmentsRepository.saveScores).
 */
export interface AuditAppend {
  call: string;
  params: Record<string, unknown>;
}

export function auditAppend(content: AuditContent, body: string): AuditAppend {
  return {
    call: 'append_audit_event(:auditOccurredAt, :auditActorId, :auditActorRole, :auditAction, :auditTargetType, :auditTargetId, :auditBefore, :auditAfter, :auditRequestId, :auditBody)',
    params: {
      auditOccurredAt: content.occurredAt,
      auditActorId: content.actorId,
      auditActorRole: content.actorRole,
      auditAction: content.action,
      auditTargetType: content.targetType,
      auditTargetId: content.targetId,
      auditBefore: content.before === null ? null : JSON.stringify(content.before),
      auditAfter: content.after === null ? null : JSON.stringify(content.after),
      auditRequestId: content.requestId,
      auditBody: body,
    },
  };
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends the event in the caller's transaction (see AuditAppend). */
  async append(manager: EntityManager, event: AuditAppend): Promise<void> {
    const { text, values } = bindNamed(`SELECT ${event.call}`, event.params);
    await manager.query(text, values);
  }

  async findPage(query: AuditQueryDto): Promise<[AuditEvent[], number]> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.targetType) qb.andWhere('e.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) qb.andWhere('e.target_id = :targetId', { targetId: query.targetId });
    if (query.from) qb.andWhere('e.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurred_at < :to', { to: query.to });
    return qb
      .orderBy('e.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
  }

  /** The chain in order, a page at a time, after the event with id `afterId`. */
  async chainPage(afterId: string, limit: number): Promise<ChainedAuditEvent[]> {
    const rows = await this.dataSource.getRepository(AuditEvent).find({
      where: { id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: limit,
    });
    return rows.map((row) => ({ ...row, id: String(row.id) }));
  }
}
