import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, MoreThan } from 'typeorm';
import type { AuditContent, ChainedAuditEvent } from '@app/domain';
import { AuditEvent } from './audit-event.entity';
import type { AuditQueryDto } from './dto/audit-query.dto';

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends the event to the chain, in the caller's transaction: the database takes the
   * chain's lock (held until commit, so each event links to the one before it), reads the
   * last hash and computes the new one from `body` (see migration AuditAppend).
   */
  async append(manager: EntityManager, content: AuditContent, body: string): Promise<void> {
    await manager.query('SELECT append_audit_event($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)', [
      content.occurredAt,
      content.actorId,
      content.actorRole,
      content.action,
      content.targetType,
      content.targetId,
      content.before === null ? null : JSON.stringify(content.before),
      content.after === null ? null : JSON.stringify(content.after),
      content.requestId,
      body,
    ]);
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
