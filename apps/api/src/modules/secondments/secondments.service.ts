import { Injectable } from '@nestjs/common';
import {
  BatchStatus,
  canChangeSecondmentStatus,
  DomainError,
  type FieldProblem,
  type Period,
  SECONDMENT_STATUS,
  SecondmentStatus,
  secondmentPeriodProblems,
  UnitType,
} from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { SignedInActor } from '../../common/auth/actor';
import { sentFields } from '../../common/validation/changes';
import { type ObjectScope } from '../../common/auth/object-scope';
import { AuditService } from '../audit/audit.service';
import { BatchesRepository } from '../batches/batches.repository';
import type { SecondmentBatch } from '../batches/secondment-batch.entity';
import { CadresRepository } from '../cadres/cadres.repository';
import { UnitsRepository } from '../units/units.repository';
import { secondmentAuditSnapshot } from './dto/secondment-response.dto';
import type { CreateSecondmentDto, UpdateSecondmentDto } from './dto/secondment-requests.dto';
import type { Secondment } from './secondment.entity';
import { type SecondmentChanges, type SecondmentFields, SecondmentsRepository } from './secondments.repository';

@Injectable()
export class SecondmentsService {
  constructor(
    private readonly secondments: SecondmentsRepository,
    private readonly cadres: CadresRepository,
    private readonly batches: BatchesRepository,
    private readonly units: UnitsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(id: string, scope: ObjectScope): Promise<Secondment> {
    const secondment = await this.secondments.findById(id, scope);
    if (!secondment) throw DomainError.notFound('secondment', id);
    return secondment;
  }

  async create(actor: SignedInActor, dto: CreateSecondmentDto): Promise<Secondment> {
    if (!(await this.cadres.exists(dto.cadreId))) throw DomainError.unknownReference('cadreId', 'cadre', dto.cadreId);
    const batch = await this.openBatch(dto.batchId);
    await this.checkHostUnit(dto.hostUnitId);
    this.checkPeriod(dto, batch);
    const fields: SecondmentFields = {
      cadreId: dto.cadreId,
      batchId: dto.batchId,
      hostUnitId: dto.hostUnitId,
      category: dto.category,
      post: dto.post,
      startDate: dto.startDate,
      endDate: dto.endDate,
      groupLabel: dto.groupLabel ?? null,
      status: SecondmentStatus.Active,
    };
    const id = await this.secondments.transaction(async (manager) => {
      await this.checkBatchStill(manager, fields);
      await this.secondments.lockCadre(manager, fields.cadreId);
      if (await this.secondments.hasOtherActive(manager, fields.cadreId)) {
        throw DomainError.conflict('this cadre already has an ACTIVE secondment; complete or withdraw it first', '该干部已有在岗的挂职历练，须先办理期满或撤回', { rule: 'ONE_ACTIVE_SECONDMENT' });
      }
      const created = await this.secondments.insert(manager, fields);
      await this.audit.record(manager, actor, {
        action: 'secondment.created',
        targetType: 'secondment',
        targetId: created.id,
        after: secondmentAuditSnapshot(created),
      });
      return created.id;
    });
    return this.get(id, { kind: 'ALL' });
  }

  async update(actor: SignedInActor, id: string, dto: UpdateSecondmentDto): Promise<Secondment> {
    const current = await this.get(id, { kind: 'ALL' });
    if (current.version !== dto.version) throw DomainError.versionConflict('secondment', id);
    const { version, ...changes }: { version?: number } & SecondmentChanges = sentFields(dto);
    const next = { ...current, ...changes };

    if (changes.status === SecondmentStatus.Completed && current.status !== SecondmentStatus.Completed) {
      // Completing composes the appraisal (综合鉴定): one path for it.
      throw DomainError.invalidInput('status', 'a secondment is completed with POST /api/secondments/{id}/complete, which composes its comprehensive appraisal', '挂职期满请使用“期满”操作（同时生成综合鉴定）');
    }
    if (!canChangeSecondmentStatus(current.status, next.status)) {
      throw DomainError.conflict(`a ${current.status} secondment cannot become ${next.status}`, `挂职状态不能由“${SECONDMENT_STATUS.label(current.status)}”改为“${SECONDMENT_STATUS.label(next.status)}”`, { field: 'status' });
    }
    if (changes.hostUnitId !== undefined) await this.checkHostUnit(changes.hostUnitId);
    if (changes.startDate !== undefined || changes.endDate !== undefined) {
      this.checkPeriod(next, await this.batchOf(current.batchId));
    }

    await this.secondments.transaction(async (manager) => {
      if (changes.startDate !== undefined || changes.endDate !== undefined || (next.status === SecondmentStatus.Active && current.status !== SecondmentStatus.Active)) {
        await this.checkBatchStill(manager, { batchId: current.batchId, startDate: next.startDate, endDate: next.endDate });
      }
      if (next.status === SecondmentStatus.Active && current.status !== SecondmentStatus.Active) {
        await this.secondments.lockCadre(manager, current.cadreId);
        if (await this.secondments.hasOtherActive(manager, current.cadreId, id)) {
          throw DomainError.conflict('this cadre already has an ACTIVE secondment', '该干部已有其他在岗的挂职历练，不能恢复此条', { rule: 'ONE_ACTIVE_SECONDMENT' });
        }
      }
      if (!(await this.secondments.updateAtVersion(manager, id, dto.version, changes))) throw DomainError.versionConflict('secondment', id);
      const updated = await this.secondments.findById(id, { kind: 'ALL' }, manager);
      await this.audit.record(manager, actor, {
        action: 'secondment.updated',
        targetType: 'secondment',
        targetId: id,
        before: secondmentAuditSnapshot(current),
        after: updated ? secondmentAuditSnapshot(updated) : undefined,
      });
    });
    return this.get(id, { kind: 'ALL' });
  }

  /** Re-checked under the batch lock: the batch is open and the dates lie within it. */
  private async checkBatchStill(manager: EntityManager, s: { batchId: string } & Period): Promise<void> {
    const batch = await this.batches.lock(manager, s.batchId, 'SHARE');
    if (!batch) throw DomainError.unknownReference('batchId', 'batch', s.batchId);
    if (batch.status !== BatchStatus.Active) throw DomainError.conflict(`batch ${batch.name} is closed`, `历练批次“${batch.name}”已结束，不能再新增或调整其中的挂职历练`, { field: 'batchId' });
    this.checkPeriod(s, batch);
  }

  private async batchOf(batchId: string): Promise<SecondmentBatch> {
    const batch = await this.batches.findById(batchId);
    if (!batch) throw DomainError.unknownReference('batchId', 'batch', batchId);
    return batch;
  }

  private async openBatch(batchId: string): Promise<SecondmentBatch> {
    const batch = await this.batchOf(batchId);
    if (batch.status !== BatchStatus.Active) throw DomainError.conflict(`batch ${batch.name} is closed`, `历练批次“${batch.name}”已结束，不能再新增或调整其中的挂职历练`, { field: 'batchId' });
    return batch;
  }

  private async checkHostUnit(hostUnitId: string): Promise<void> {
    const unit = await this.units.findById(hostUnitId);
    if (!unit) throw DomainError.unknownReference('hostUnitId', 'unit', hostUnitId);
    if (unit.type !== UnitType.Host) throw DomainError.invalidInput('hostUnitId', `must be a unit of type HOST (${unit.name} is ${unit.type})`, `${unit.name} 不是用人单位`);
  }

  private checkPeriod(period: Period, batch: SecondmentBatch): void {
    const problems: FieldProblem[] = secondmentPeriodProblems(period, batch);
    if (problems.length > 0) throw DomainError.invalidFields(problems.map((p) => ({ ...p, inChinese: p.message })));
  }
}
