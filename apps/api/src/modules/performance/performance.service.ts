import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, evidenceTypeOf } from '@app/domain';
import { inspectZip, ZipRejectedError } from '@app/excel';
import type { SignedInActor } from '../../common/auth/actor';
import { objectScopeOf } from '../../common/auth/object-scope';
import type { UploadedFile } from '../../common/http/upload';
import { AuditService } from '../audit/audit.service';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import type { CreatePerformanceEntryDto } from './dto/performance.dto';
import { type EvidenceFile, type PerformanceEntry, PerformanceEntryStatus } from './performance.entities';
import { PerformanceRepository } from './performance.repository';

/** A name to show and to download under: no path, no control characters. */
function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'file';
}

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
    if (!actor.user.cadreId) throw DomainError.conflict('this account is not tied to a cadre');
    const secondment = await this.secondments.findActiveOf(actor.user.cadreId);
    if (!secondment) throw DomainError.conflict('you have no ACTIVE secondment to report results for');
    return this.entries.transaction(async (manager) => {
      const entry = await this.entries.insert(manager, { secondmentId: secondment.id, cadreId: secondment.cadreId, hostUnitId: secondment.hostUnitId, quarter: dto.quarter, description: dto.description });
      await this.audit.record(manager, actor, { action: 'performance_entry.created', targetType: 'performance_entry', targetId: entry.id, after: { quarter: entry.quarter } });
      return entry;
    });
  }

  /** The cadre attaches evidence to their own entry; the type is read from the content. */
  async attach(actor: SignedInActor, id: string, file: UploadedFile): Promise<EvidenceFile> {
    const entry = await this.get(actor, id);
    if (entry.cadreId !== actor.user.cadreId) throw DomainError.notFound('performance entry', id);
    if (entry.status !== PerformanceEntryStatus.Submitted) throw DomainError.conflict('a reviewed entry takes no more evidence');
    let zipEntries: string[] | undefined;
    if (file.data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
      try {
        zipEntries = inspectZip(file.data);
      } catch (error) {
        if (error instanceof ZipRejectedError) throw DomainError.invalidInput('file', error.reason);
        throw error;
      }
    }
    const type = evidenceTypeOf(file.data, zipEntries);
    if (!type) throw DomainError.invalidInput('file', 'must be a PDF, JPG, PNG, Word (.docx) or Excel (.xlsx) file');
    return this.entries.transaction(async (manager) => {
      const stored = await this.entries.insertEvidence(manager, {
        entryId: id,
        filename: cleanFilename(file.filename),
        type,
        size: file.data.length,
        sha256: createHash('sha256').update(file.data).digest('hex'),
        data: file.data,
        uploadedBy: actor.user.userId,
      });
      await this.audit.record(manager, actor, { action: 'evidence.attached', targetType: 'performance_entry', targetId: id, after: { fileId: stored.id, type, size: stored.size, sha256: stored.sha256 } });
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
    if (entry.status !== PerformanceEntryStatus.Submitted) throw DomainError.conflict('the entry is already reviewed');
    await this.entries.transaction(async (manager) => {
      if (!(await this.entries.markReviewed(manager, id, version, actor.user.userId))) throw DomainError.versionConflict('performance entry', id);
      await this.audit.record(manager, actor, { action: 'performance_entry.reviewed', targetType: 'performance_entry', targetId: id });
    });
    return this.get(actor, id);
  }
}
