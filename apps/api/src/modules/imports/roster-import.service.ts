import { Injectable } from '@nestjs/common';
import {
  BatchStatus,
  DomainError,
  parseRosterRow,
  ROSTER_HEADER,
  type RosterError,
  type RosterRow,
  SecondmentStatus,
  secondmentPeriodProblems,
  UnitType,
} from '@app/domain';
import { checkRosterUpload, readRoster, type RosterSheet, ZipRejectedError } from '@app/excel';
import type { SignedInActor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { BatchesRepository } from '../batches/batches.repository';
import type { SecondmentBatch } from '../batches/secondment-batch.entity';
import type { Cadre } from '../cadres/cadre.entity';
import { CadresRepository } from '../cadres/cadres.repository';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import type { Unit } from '../units/unit.entity';
import { UnitsRepository } from '../units/units.repository';

const AMBIGUOUS = 'ambiguous' as const;

export interface RosterImportSummary {
  batchId: string;
  dryRun: boolean;
  rows: number;
  cadresCreated: number;
  cadresReused: number;
  secondmentsCreated: number;
}

/** The outcome of validation: either every row is good, or the full list of errors. */
export type RosterCheck =
  | { ok: true; batch: SecondmentBatch; plan: PlannedRow[] }
  | { ok: false; errors: RosterError[]; sheet?: RosterSheet };

interface PlannedRow {
  row: RosterRow;
  homeUnit: Unit;
  hostUnit: Unit;
  /** The registered cadre with this national id, when there is one. */
  existing?: Cadre;
}

@Injectable()
export class RosterImportService {
  constructor(
    private readonly batches: BatchesRepository,
    private readonly cadres: CadresRepository,
    private readonly secondments: SecondmentsRepository,
    private readonly units: UnitsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Validates every row against the rules and the database, collecting every error;
   * nothing is written.
   */
  async check(batchId: string, file: Buffer): Promise<RosterCheck> {
    const batch = await this.batches.findById(batchId);
    if (!batch) throw DomainError.notFound('batch', batchId);
    if (batch.status !== BatchStatus.Active) throw DomainError.conflict(`batch ${batch.name} is closed`, `历练批次“${batch.name}”已结束，不能再导入花名册`, { field: 'batchId' });
    try {
      checkRosterUpload(file);
    } catch (error) {
      if (error instanceof ZipRejectedError) throw DomainError.invalidInput('file', error.reason, '文件结构异常，无法安全读取');
      throw error;
    }
    let sheet: RosterSheet;
    try {
      sheet = await readRoster(file);
    } catch {
      throw DomainError.invalidInput('file', 'is not a readable .xlsx workbook', '不是可读取的 .xlsx 工作簿，请使用导入模板');
    }
    if (sheet.errors.some((e) => e.row <= sheet.headerRow || e.column === '')) return { ok: false, errors: sheet.errors, sheet };

    const errors: RosterError[] = [...sheet.errors];
    const parsed: RosterRow[] = [];
    for (const input of sheet.rows) {
      const result = parseRosterRow(input);
      errors.push(...result.errors);
      if (result.row) parsed.push(result.row);
    }

    const unitsByKey = await this.unitsByNameOrCode(parsed.flatMap((row) => [row.homeUnit, row.hostUnit]));
    const existingById = new Map((await this.cadres.findByNationalIds(parsed.map((row) => row.nationalId))).map((c) => [c.nationalId, c]));
    const existingIds = [...existingById.values()].map((c) => c.id);
    const activeCadres = new Set(await this.secondments.cadresWithActive(existingIds));
    const inBatch = new Set(await this.secondments.cadresInBatch(existingIds, batch.id));

    const firstRowOf = new Map<string, number>();
    const plan: PlannedRow[] = [];
    for (const row of parsed) {
      const fail = (column: string, message: string) => errors.push({ row: row.rowNumber, column, message });
      const seenAt = firstRowOf.get(row.nationalId);
      if (seenAt !== undefined) fail(ROSTER_HEADER.nationalId, `与第${seenAt}行重复`);
      else firstRowOf.set(row.nationalId, row.rowNumber);

      const resolve = (key: string, column: string): Unit | undefined => {
        const found = unitsByKey.get(key);
        if (found === undefined) fail(column, `系统中没有名称或代码为“${key}”的单位`);
        if (found === AMBIGUOUS) fail(column, `名称为“${key}”的单位不止一个，请填写单位代码`);
        return found === AMBIGUOUS ? undefined : found;
      };
      const homeUnit = resolve(row.homeUnit, ROSTER_HEADER.homeUnit);
      const hostUnit = resolve(row.hostUnit, ROSTER_HEADER.hostUnit);
      if (hostUnit && hostUnit.type !== UnitType.Host) fail(ROSTER_HEADER.hostUnit, `“${hostUnit.name}”不是用人单位`);

      for (const problem of secondmentPeriodProblems(row, batch)) fail(ROSTER_HEADER[problem.field as 'startDate' | 'endDate'], problem.message);

      const existing = existingById.get(row.nationalId);
      if (existing) {
        if (existing.name !== row.name) fail(ROSTER_HEADER.nationalId, `该身份证号已登记为“${existing.name}”，与姓名不符`);
        else if (inBatch.has(existing.id)) fail(ROSTER_HEADER.nationalId, '该干部已在本批次中');
        else if (activeCadres.has(existing.id)) fail(ROSTER_HEADER.nationalId, '该干部另有在岗的挂职历练，须先办结或撤回');
      }
      if (homeUnit && hostUnit) plan.push({ row, homeUnit, hostUnit, existing });
    }
    if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row), sheet };
    return { ok: true, batch, plan };
  }

  /** What an import of this plan does (for a dry run) or did. */
  summarize(batch: SecondmentBatch, plan: PlannedRow[], dryRun: boolean): RosterImportSummary {
    const cadresReused = plan.filter((p) => p.existing).length;
    return { batchId: batch.id, dryRun, rows: plan.length, cadresCreated: plan.length - cadresReused, cadresReused, secondmentsCreated: plan.length };
  }

  /** Stores every row in one transaction, or nothing. */
  async import(actor: SignedInActor, batch: SecondmentBatch, plan: PlannedRow[]): Promise<RosterImportSummary> {
    return this.cadres.transaction(async (manager) => {
      const locked = await this.batches.lock(manager, batch.id, 'SHARE');
      if (!locked || locked.status !== BatchStatus.Active || locked.startDate !== batch.startDate || locked.endDate !== batch.endDate) {
        throw DomainError.conflict('the batch changed while the roster was being checked; import it again', '核对花名册期间该历练批次已被修改或已结束，请重新导入', { field: 'batchId' });
      }
      // New cadres are written in a few statements; existing ones are locked (no other
      // secondment of theirs may become active meanwhile), all at once.
      const created = plan.filter((p) => !p.existing);
      const createdIds = await this.cadres.insertMany(
        manager,
        created.map(({ row, homeUnit }) => ({
          name: row.name,
          gender: row.gender,
          birthDate: row.birthDate,
          ethnicity: row.ethnicity,
          politicalStatus: row.politicalStatus,
          education: row.education,
          homeUnitId: homeUnit.id,
          position: row.position,
          rank: row.rank,
          phone: row.phone,
          nationalId: row.nationalId,
        })),
      );
      const newIdOf = new Map(created.map((p, i) => [p, createdIds[i] as string]));
      const cadreIds = plan.map((p) => p.existing?.id ?? (newIdOf.get(p) as string));
      await this.secondments.lockCadres(manager, plan.flatMap((p) => (p.existing ? [p.existing.id] : [])));
      const secondmentIds = await this.secondments.insertMany(
        manager,
        plan.map(({ row, hostUnit }, i) => ({
          cadreId: cadreIds[i] as string,
          batchId: batch.id,
          hostUnitId: hostUnit.id,
          category: row.category,
          post: row.post,
          startDate: row.startDate,
          endDate: row.endDate,
          groupLabel: row.groupLabel,
          status: SecondmentStatus.Active,
        })),
      );
      const summary = this.summarize(batch, plan, false);
      await this.audit.record(manager, actor, {
        action: 'roster.imported',
        targetType: 'batch',
        targetId: batch.id,
        after: { ...summary, cadreIds, secondmentIds },
      });
      return summary;
    });
  }

  /** Units by code and by name (a name two units share is ambiguous), in one query. */
  private async unitsByNameOrCode(keys: string[]): Promise<Map<string, Unit | typeof AMBIGUOUS>> {
    const units = await this.units.findByNamesOrCodes([...new Set(keys)]);
    const map = new Map<string, Unit | typeof AMBIGUOUS>();
    for (const unit of units) {
      if (keys.includes(unit.name)) map.set(unit.name, map.has(unit.name) ? AMBIGUOUS : unit);
    }
    // A code is unique and wins over a name that happens to equal it.
    for (const unit of units) map.set(unit.code, unit);
    return map;
  }
}
