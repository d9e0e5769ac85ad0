import { ApiProperty } from '@nestjs/swagger';
import { UnitType } from '@app/domain';
import { PageMeta } from '../../../common/paging/page';
import type { Unit } from '../unit.entity';

export class UnitResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: UnitType, enumName: 'UnitType' }) type!: UnitType;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export function toUnitResponse(unit: Unit): UnitResponse {
  return {
    id: unit.id,
    name: unit.name,
    code: unit.code,
    type: unit.type,
    parentId: unit.parentId,
    version: unit.version,
    createdAt: unit.createdAt.toISOString(),
    updatedAt: unit.updatedAt.toISOString(),
  };
}

export function unitAuditSnapshot(unit: Pick<Unit, 'name' | 'code' | 'type' | 'parentId'>) {
  return { name: unit.name, code: unit.code, type: unit.type, parentId: unit.parentId };
}

export class UnitPage extends PageMeta {
  @ApiProperty({ type: [UnitResponse] }) items!: UnitResponse[];
}
