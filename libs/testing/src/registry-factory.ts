import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  BatchStatus,
  composeNationalId,
  Education,
  Gender,
  PoliticalStatus,
  SecondmentCategory,
  SecondmentStatus,
  UnitType,
} from '@app/domain';
import { SecondmentBatch } from '../../../apps/api/src/modules/batches/secondment-batch.entity';
import { Cadre } from '../../../apps/api/src/modules/cadres/cadre.entity';
import { Secondment } from '../../../apps/api/src/modules/secondments/secondment.entity';
import { Unit } from '../../../apps/api/src/modules/units/unit.entity';
import { unique } from './factory';

/** A valid national id, random enough (region, birth date, sequence) not to collide within a run. */
export function uniqueNationalId(gender: Gender = Gender.Male): string {
  const random = (n: number) => randomInt(0, n);
  const region = `41${String(random(10_000)).padStart(4, '0')}`;
  const birthDate = new Date(Date.UTC(1960, 0, 1) + random(14_600) * 86_400_000).toISOString().slice(0, 10);
  const sequence = random(500) * 2 + (gender === Gender.Male ? 1 : 0);
  return composeNationalId(region, birthDate, sequence);
}

/** Registry rows written straight to the database. */
export class RegistryFactory {
  constructor(private readonly dataSource: DataSource) {}

  async newBatch(overrides: Partial<Pick<SecondmentBatch, 'name' | 'startDate' | 'endDate' | 'status'>> = {}): Promise<SecondmentBatch> {
    const repository = this.dataSource.getRepository(SecondmentBatch);
    return repository.save(
      repository.create({ name: unique('2023年度挂职历练'), startDate: '2023-01-01', endDate: '2023-12-31', status: BatchStatus.Active, description: null, ...overrides }),
    );
  }

  async newCadre(overrides: Partial<Pick<Cadre, 'name' | 'homeUnitId' | 'position' | 'gender'>> = {}): Promise<Cadre> {
    const gender = overrides.gender ?? Gender.Male;
    const nationalId = uniqueNationalId(gender);
    const homeUnitId = overrides.homeUnitId ?? (await this.newUnit(UnitType.Sending)).id;
    const repository = this.dataSource.getRepository(Cadre);
    return repository.save(
      repository.create({
        name: unique('干部'),
        gender,
        birthDate: `${nationalId.slice(6, 10)}-${nationalId.slice(10, 12)}-${nationalId.slice(12, 14)}`,
        ethnicity: '汉族',
        politicalStatus: PoliticalStatus.CpcMember,
        education: Education.Bachelor,
        position: '科员',
        rank: '一级科员',
        phone: '13800138000',
        nationalId,
        ...overrides,
        homeUnitId,
      }),
    );
  }

  async newSecondment(
    fields: Pick<Secondment, 'cadreId' | 'batchId' | 'hostUnitId'> & Partial<Pick<Secondment, 'category' | 'post' | 'status' | 'groupLabel' | 'startDate' | 'endDate'>>,
  ): Promise<Secondment> {
    const repository = this.dataSource.getRepository(Secondment);
    return repository.save(
      repository.create({
        category: SecondmentCategory.Grassroots,
        post: '街道党工委副书记',
        startDate: '2023-03-01',
        endDate: '2023-12-31',
        groupLabel: null,
        status: SecondmentStatus.Active,
        ...fields,
      }),
    );
  }

  async newUnit(type: UnitType, name = unique('单位')): Promise<Unit> {
    const repository = this.dataSource.getRepository(Unit);
    return repository.save(repository.create({ name, code: unique('U'), type, parentId: null }));
  }
}
