import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { sentFields } from '../../common/validation/changes';
import { AuditService } from '../audit/audit.service';
import { unitAuditSnapshot } from './dto/unit-response.dto';
import type { CreateUnitDto, UpdateUnitDto } from './dto/unit-requests.dto';
import type { Unit } from './unit.entity';
import { type UnitChanges, UnitsRepository } from './units.repository';

@Injectable()
export class UnitsService {
  constructor(
    private readonly units: UnitsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<Unit> {
    const unit = await this.units.findById(id);
    if (!unit) throw DomainError.notFound('unit', id);
    return unit;
  }

  async create(actor: SignedInActor, dto: CreateUnitDto): Promise<Unit> {
    await this.checkCodeFree(dto.code);
    if (dto.parentId) await this.checkParent(dto.parentId);
    return this.units.transaction(async (manager) => {
      const unit = await this.units.insert(manager, { name: dto.name, code: dto.code, type: dto.type, parentId: dto.parentId ?? null });
      await this.audit.record(manager, actor, { action: 'unit.created', targetType: 'unit', targetId: unit.id, after: unitAuditSnapshot(unit) });
      return unit;
    });
  }

  async update(actor: SignedInActor, id: string, dto: UpdateUnitDto): Promise<Unit> {
    const current = await this.get(id);
    if (current.version !== dto.version) throw DomainError.versionConflict('unit', id);
    const { version, ...changes }: { version?: number } & UnitChanges = sentFields(dto);
    if (changes.code !== undefined && changes.code !== current.code) await this.checkCodeFree(changes.code);
    if (changes.parentId) await this.checkParent(changes.parentId, id);
    if (changes.type !== undefined && changes.type !== current.type) {
      const usage = await this.units.usage(id);
      if (usage.users > 0 || usage.hostedSecondments > 0) {
        throw DomainError.conflict(
          `unit ${current.name} has ${usage.users} accounts and hosts ${usage.hostedSecondments} secondments; its type cannot change`,
          `单位“${current.name}”已关联 ${usage.users} 个账号、${usage.hostedSecondments} 条挂职历练记录，不能更改单位类型`,
          { field: 'type' },
        );
      }
    }
    return this.units.transaction(async (manager) => {
      if (!(await this.units.updateAtVersion(manager, id, dto.version, changes))) throw DomainError.versionConflict('unit', id);
      const updated = await this.units.findById(id, manager);
      if (!updated) throw DomainError.notFound('unit', id);
      await this.audit.record(manager, actor, {
        action: 'unit.updated',
        targetType: 'unit',
        targetId: id,
        before: unitAuditSnapshot(current),
        after: unitAuditSnapshot(updated),
      });
      return updated;
    });
  }

  private async checkCodeFree(code: string): Promise<void> {
    if (await this.units.findByCode(code)) {
      throw DomainError.conflict(`unit code ${code} is taken`, `单位代码 ${code} 已被使用`, { field: 'code' });
    }
  }

  /** The parent must exist and must not be the unit itself or one of its descendants. */
  private async checkParent(parentId: string, unitId?: string): Promise<void> {
    const ancestry = await this.units.ancestry(parentId);
    if (ancestry.length === 0) throw DomainError.unknownReference('parentId', 'unit', parentId);
    if (unitId && ancestry.includes(unitId)) throw DomainError.invalidInput('parentId', 'would make the unit its own ancestor', '不能把本单位或其下级设为上级单位');
  }
}
