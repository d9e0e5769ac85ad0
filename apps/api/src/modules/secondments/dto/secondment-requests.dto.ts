import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { SecondmentCategory, SecondmentStatus } from '@app/domain';
import { PageQueryDto } from '../../../common/paging/page';
import { sortOptions } from '../../../common/paging/sort';
import { IsDateOnly, IsPlainText, IsOptionalNotNull } from '../../../common/validation/decorators';

export class CreateSecondmentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() cadreId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() batchId!: string;
  @ApiProperty({ format: 'uuid', description: 'a unit of type HOST' }) @IsUUID() hostUnitId!: string;
  @ApiProperty({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) @IsEnum(SecondmentCategory) category!: SecondmentCategory;
  @ApiProperty({ example: '淮河路街道党工委副书记' }) @IsPlainText(100) post!: string;
  @ApiProperty({ example: '2023-03-01', description: 'within the batch period' }) @IsDateOnly() startDate!: string;
  @ApiProperty({ example: '2023-12-31', description: 'within the batch period' }) @IsDateOnly() endDate!: string;
  @ApiPropertyOptional({ example: '郑州南站片区开发专班' }) @IsOptional() @IsPlainText(100) groupLabel?: string;
}

export class UpdateSecondmentDto {
  @ApiProperty({ description: 'the version last read; a stale one answers 409' }) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptionalNotNull() @IsUUID() hostUnitId?: string;
  @ApiPropertyOptional({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) @IsOptionalNotNull() @IsEnum(SecondmentCategory) category?: SecondmentCategory;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsPlainText(100) post?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsDateOnly() startDate?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsDateOnly() endDate?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf((_, v) => v !== null) @IsOptional() @IsPlainText(100) groupLabel?: string | null;
  @ApiPropertyOptional({ enum: SecondmentStatus, enumName: 'SecondmentStatus', description: 'ACTIVE → WITHDRAWN or COMPLETED; WITHDRAWN → ACTIVE' })
  @IsOptionalNotNull()
  @IsEnum(SecondmentStatus)
  status?: SecondmentStatus;
}

export const SECONDMENT_SORT_FIELDS = ['startDate', 'endDate', 'category', 'createdAt'] as const;
export type SecondmentSortField = (typeof SECONDMENT_SORT_FIELDS)[number];

export class SecondmentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'text in the cadre name, host unit, post or group' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() batchId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cadreId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() hostUnitId?: string;
  @ApiPropertyOptional({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) @IsOptional() @IsEnum(SecondmentCategory) category?: SecondmentCategory;
  @ApiPropertyOptional({ enum: SecondmentStatus, enumName: 'SecondmentStatus' }) @IsOptional() @IsEnum(SecondmentStatus) status?: SecondmentStatus;
  @ApiPropertyOptional({ enum: sortOptions(SECONDMENT_SORT_FIELDS) }) @IsOptional() @IsIn(sortOptions(SECONDMENT_SORT_FIELDS)) sort?: string;
}
