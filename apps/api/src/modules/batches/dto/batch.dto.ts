import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { BATCH_STATUS, BatchStatus } from '@app/domain';
import { PageMeta, PageQueryDto } from '../../../common/paging/page';
import { sortOptions } from '../../../common/paging/sort';
import { IsDateOnly, IsPlainText, IsOptionalNotNull } from '../../../common/validation/decorators';
import type { SecondmentBatch } from '../secondment-batch.entity';

export class CreateBatchDto {
  @ApiProperty({ example: '2023年度挂职历练' }) @IsPlainText(100) name!: string;
  @ApiProperty({ example: '2023-01-01' }) @IsDateOnly() startDate!: string;
  @ApiProperty({ example: '2023-12-31' }) @IsDateOnly() endDate!: string;
  @ApiPropertyOptional() @IsOptional() @IsPlainText(500) description?: string;
}

export class UpdateBatchDto {
  @ApiProperty({ description: 'the version last read; a stale one answers 409' }) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsPlainText(100) name?: string;
  @ApiPropertyOptional({ description: 'must still contain every secondment of the batch' }) @IsOptionalNotNull() @IsDateOnly() startDate?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsDateOnly() endDate?: string;
  @ApiPropertyOptional({ enum: BatchStatus, enumName: 'BatchStatus' }) @IsOptionalNotNull() @IsEnum(BatchStatus) status?: BatchStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf((_, v) => v !== null) @IsOptional() @IsPlainText(500) description?: string | null;
}

export const BATCH_SORT_FIELDS = ['name', 'startDate', 'createdAt'] as const;
export type BatchSortField = (typeof BATCH_SORT_FIELDS)[number];

export class BatchQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: BatchStatus, enumName: 'BatchStatus' }) @IsOptional() @IsEnum(BatchStatus) status?: BatchStatus;
  @ApiPropertyOptional({ enum: sortOptions(BATCH_SORT_FIELDS) }) @IsOptional() @IsIn(sortOptions(BATCH_SORT_FIELDS)) sort?: string;
}

export class BatchResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty({ enum: BatchStatus, enumName: 'BatchStatus' }) status!: BatchStatus;
  @ApiProperty({ example: '进行中' }) statusLabel!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export function toBatchResponse(batch: SecondmentBatch): BatchResponse {
  return {
    id: batch.id,
    name: batch.name,
    startDate: batch.startDate,
    endDate: batch.endDate,
    status: batch.status,
    statusLabel: BATCH_STATUS.label(batch.status),
    description: batch.description,
    version: batch.version,
    createdAt: batch.createdAt.toISOString(),
    updatedAt: batch.updatedAt.toISOString(),
  };
}

export function batchAuditSnapshot(batch: SecondmentBatch) {
  return { name: batch.name, startDate: batch.startDate, endDate: batch.endDate, status: batch.status, description: batch.description };
}

export class BatchPage extends PageMeta {
  @ApiProperty({ type: [BatchResponse] }) items!: BatchResponse[];
}
