import { Injectable } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { BatchStatus, DomainError, periodProblems, seesFullPii } from '@app/domain';
import { writeRoster } from '@app/excel';
import { objectScopeOf } from '../../common/auth/object-scope';
import { sentFields } from '../../common/validation/changes';
import type { SignedInActor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import { type BatchFields, BatchesRepository } from './batches.repository';
import { batchAuditSnapshot, type CreateBatchDto, type UpdateBatchDto } from './dto/batch.dto';
import type { SecondmentBatch } from './secondment-batch.entity';
import { toRosterLine } from './roster-lines';

@Injectable()
export class BatchesService {
  constructor(
    private readonly batches: BatchesRepository,
    private readonly secondments: SecondmentsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<SecondmentBatch> {
    const batch = await this.batches.findById(id);
    if (!batch) throw DomainError.notFound('batch', id);
    return batch;
  }

  /** A batch as the actor may see it: a host unit or a cadre only where they have a secondment. */
  async getVisible(actor: SignedInActor, id: string): Promise<SecondmentBatch> {
    const batch = await this.batches.findVisible(id, objectScopeOf(actor.user));
    if (!batch) throw DomainError.notFound('batch', id);
    return batch;
  }

  async create(actor: SignedInActor, dto: CreateBatchDto): Promise<SecondmentBatch> {
    const fields: BatchFields = { ...dto, description: dto.description ?? null, status: BatchStatus.Active };
    const problems = periodProblems(fields);
    if (problems.length > 0) throw DomainError.invalidFields(problems.map((p) => ({ ...p, inChinese: p.message })));
    await this.checkNameFree(fields.name);
    return this.batches.transaction(async (manager) => {
      const batch = await this.batches.insert(manager, fields);
      await this.audit.record(manager, actor, { action: 'batch.created', targetType: 'batch', targetId: batch.id, after: batchAuditSnapshot(batch) });
      return batch;
    });
  }

  async update(actor: SignedInActor, id: string, dto: UpdateBatchDto): Promise<SecondmentBatch> {
    const current = await this.get(id);
    if (current.version !== dto.version) throw DomainError.versionConflict('batch', id);
    const { version, ...changes } = sentFields(dto);
    const next = { ...current, ...changes };
    const periodChanges = changes.startDate !== undefined || changes.endDate !== undefined;
    if (periodChanges) {
      const problems = periodProblems(next);
      if (problems.length > 0) throw DomainError.invalidFields(problems.map((p) => ({ ...p, inChinese: p.message })));
    }
    if (changes.name !== undefined && changes.name !== current.name) await this.checkNameFree(changes.name);
    return this.batches.transaction(async (manager) => {
      // Counted under the batch lock, so no secondment can be added outside the new period meanwhile.
      await this.batches.lock(manager, id, 'UPDATE');
      if (periodChanges) {
        const outside = await this.secondments.countOutside(id, next.startDate, next.endDate, manager);
        if (outside > 0) throw DomainError.conflict(`${outside} secondments of this batch would fall outside the new period`, `本批次有 ${outside} 条挂职经历将超出新的期间`, { field: 'startDate' });
      }
      if (!(await this.batches.updateAtVersion(manager, id, dto.version, changes))) throw DomainError.versionConflict('batch', id);
      const updated = (await this.batches.findById(id, manager)) as SecondmentBatch;
      await this.audit.record(manager, actor, {
        action: 'batch.updated',
        targetType: 'batch',
        targetId: id,
        before: batchAuditSnapshot(current),
        after: batchAuditSnapshot(updated),
      });
      return updated;
    });
  }

  /** Streams the roster into the reply: read a page at a time, written as the rows arrive. */
  async streamRoster(actor: SignedInActor, batch: SecondmentBatch, reply: FastifyReply): Promise<void> {
    const pages = this.secondments.pagesOfBatch(batch.id, objectScopeOf(actor.user));
    const fullPii = seesFullPii(actor.user.role);
    const lines = (async function* () {
      for await (const page of pages) for (const s of page) yield toRosterLine(s, fullPii);
    })();
    const stream = new PassThrough();
    const sent = reply.send(stream);
    await writeRoster(stream, `${batch.name}干部花名册`, lines);
    await sent;
  }

  private async checkNameFree(name: string): Promise<void> {
    if (await this.batches.findByName(name)) throw DomainError.conflict(`a batch named ${name} exists`, `已有名为“${name}”的批次`, { field: 'name' });
  }
}
