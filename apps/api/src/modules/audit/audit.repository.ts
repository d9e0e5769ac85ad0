import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, MoreThan } from 'typeorm';
import type { ChainedAuditEvent } from '@app/domain';
import { AuditEvent } from './audit-event.entity';
import type { AuditQueryDto } from './dto/audit-query.dto';

/** Any constant shared by all writers of the chain; "audit" in ASCII. */
const AUDIT_CHAIN_LOCK_KEY = 0x61756469;

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lockChain(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
  }

  async lastHash(manager: EntityManager): Promise<string | undefined> {
    const rows: { hash: string }[] = await manager.query('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1');
    return rows[0]?.hash;
  }

  async insert(manager: EntityManager, event: Omit<AuditEvent, 'id'>): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (occurred_at, actor_id, actor_role, action, target_type, target_id, before, after, request_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        event.occurredAt,
        event.actorId,
        event.actorRole,
        event.action,
        event.targetType,
        event.targetId,
        event.before === null ? null : JSON.stringify(event.before),
        event.after === null ? null : JSON.stringify(event.after),
        event.requestId,
        event.prevHash,
        event.hash,
      ],
    );
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
