import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import { recognizedFile, type UploadedFile } from '../../common/http/upload';
import { AuditService } from '../audit/audit.service';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import type { CreatePerformanceEntryDto } from './dto/performance.dto';
import { type EvidenceFile, type PerformanceEntry, PerformanceEntryStatus } from './performance.entities';
import { PerformanceRepository } from './performance.repository';

@Injectable()
export class PerformanceService {
  constructor(
    private readonly entries: PerformanceRepository,
    private readonly secondments: SecondmentsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(actor: SignedInActor, id: string): Promise<PerformanceEntry> {
    const entry = await this.entries.findById(id, objectScopeOf(actor.user));
    if (!entry) throw DomainError.notFound('performance entry', id);
    return entry;
  }

  async create(actor: SignedInActor, dto: CreatePerformanceEntryDto): Promise<PerformanceEntry> {
    if (!actor.user.cadreId) throw DomainError.conflict('this account is not tied to a cadre', '当前账号未关联干部信息，无法填报业绩信息，请联系管理员');
    const secondment = await this.secondments.findActiveOf(actor.user.cadreId);
    if (!secondment) throw DomainError.conflict('you have no ACTIVE secondment to report results for', '您当前没有在岗的挂职历练，无法填报业绩信息');
    const id = await this.entries.transaction(async (manager) => {
      const entry = await this.entries.insert(manager, { secondmentId: secondment.id, cadreId: secondment.cadreId, hostUnitId: secondment.hostUnitId, quarter: dto.quarter, description: dto.description });
      await this.audit.record(manager, actor, { action: 'performance_entry.created', targetType: 'performance_entry', targetId: entry.id, after: { quarter: entry.quarter } });
      return entry.id;
    });
    // As a listing reads it: with the cadre named.
    return (await this.entries.findById(id, { kind: 'ALL' })) as PerformanceEntry;
  }

  /** The cadre attaches evidence to their own entry; the type is read from the content. */
  async attach(actor: SignedInActor, id: string, file: UploadedFile): Promise<EvidenceFile> {
    const entry = await this.get(actor, id);
    if (entry.cadreId !== actor.user.cadreId) throw DomainError.notFound('performance entry', id);
    if (entry.status !== PerformanceEntryStatus.Submitted) throw DomainError.conflict('a reviewed entry takes no more evidence', '该业绩信息已审核，不能再上传佐证材料');
    const recognized = recognizedFile(file);
    return this.entries.transaction(async (manager) => {
      const stored = await this.entries.insertEvidence(manager, { entryId: id, ...recognized, uploadedBy: actor.user.userId });
      await this.audit.record(manager, actor, { action: 'evidence.attached', targetType: 'performance_entry', targetId: id, after: { fileId: stored.id, type: stored.type, size: stored.size, sha256: stored.sha256 } });
      return stored;
    });
  }

  async download(actor: SignedInActor, id: string, fileId: string): Promise<EvidenceFile> {
    await this.get(actor, id);
    const file = await this.entries.findEvidence(id, fileId);
    if (!file) throw DomainError.notFound('evidence file', fileId);
    return file;
  }

  async review(actor: SignedInActor, id: string, version: number): Promise<PerformanceEntry> {
    const entry = await this.get(actor, id);
    if (entry.status !== PerformanceEntryStatus.Submitted) throw DomainError.conflict('the entry is already reviewed', '该业绩信息已审核，不能重复审核');
    await this.entries.transaction(async (manager) => {
      if (!(await this.entries.markReviewed(manager, id, version, actor.user.userId))) throw DomainError.versionConflict('performance entry', id);
      await this.audit.record(manager, actor, { action: 'performance_entry.reviewed', targetType: 'performance_entry', targetId: id });
    });
    return this.get(actor, id);
  }
}
