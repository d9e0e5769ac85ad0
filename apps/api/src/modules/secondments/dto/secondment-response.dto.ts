import { ApiProperty } from '@nestjs/swagger';
import { SECONDMENT_CATEGORY, SECONDMENT_STATUS, SecondmentCategory, SecondmentStatus } from '@app/domain';
import { RefDto, refOf } from '../../../common/dto/ref.dto';
import { PageMeta } from '../../../common/paging/page';
import type { Secondment } from '../secondment.entity';
import type { SecondmentView } from '../secondments.repository';

export class SecondmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: RefDto }) cadre!: RefDto;
  @ApiProperty({ type: RefDto }) batch!: RefDto;
  @ApiProperty({ type: RefDto }) hostUnit!: RefDto;
  @ApiProperty({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) category!: SecondmentCategory;
  @ApiProperty({ example: '基层一线' }) categoryLabel!: string;
  @ApiProperty() post!: string;
  @ApiProperty({ example: '2023-03-01' }) startDate!: string;
  @ApiProperty({ example: '2023-12-31' }) endDate!: string;
  @ApiProperty({ type: String, nullable: true }) groupLabel!: string | null;
  @ApiProperty({ enum: SecondmentStatus, enumName: 'SecondmentStatus' }) status!: SecondmentStatus;
  @ApiProperty({ example: '在岗' }) statusLabel!: string;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** Expects the cadre, batch and hostUnit relations loaded. */
export function toSecondmentResponse(s: SecondmentView): SecondmentResponse {
  return {
    id: s.id,
    cadre: refOf(s.cadre, s.cadreId),
    batch: refOf(s.batch, s.batchId),
    hostUnit: refOf(s.hostUnit, s.hostUnitId),
    category: s.category,
    categoryLabel: SECONDMENT_CATEGORY.label(s.category),
    post: s.post,
    startDate: s.startDate,
    endDate: s.endDate,
    groupLabel: s.groupLabel,
    status: s.status,
    statusLabel: SECONDMENT_STATUS.label(s.status),
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function secondmentAuditSnapshot(s: Secondment) {
  return {
    cadreId: s.cadreId,
    batchId: s.batchId,
    hostUnitId: s.hostUnitId,
    category: s.category,
    post: s.post,
    startDate: s.startDate,
    endDate: s.endDate,
    groupLabel: s.groupLabel,
    status: s.status,
  };
}

export class SecondmentPage extends PageMeta {
  @ApiProperty({ type: [SecondmentResponse] }) items!: SecondmentResponse[];
}
