import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { UnitType } from '@app/domain';
import { IsOptionalNotNull } from '../../../common/validation/decorators';
import { PageQueryDto } from '../../../common/paging/page';
import { sortOptions } from '../../../common/paging/sort';

const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$/;

export class CreateUnitDto {
  @ApiProperty({ example: '二七区委组织部' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: 'EQ-ZZB', description: 'unique; letters, digits, _ and -' })
  @IsString()
  @Matches(UNIT_CODE, { message: 'code must be 1–50 letters, digits, _ or -' })
  code!: string;

  @ApiProperty({ enum: UnitType, enumName: 'UnitType' })
  @IsEnum(UnitType)
  type!: UnitType;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

export class UpdateUnitDto {
  @ApiProperty({ description: 'the version last read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @Matches(UNIT_CODE, { message: 'code must be 1–50 letters, digits, _ or -' })
  code?: string;

  @ApiPropertyOptional({ enum: UnitType, enumName: 'UnitType' })
  @IsOptionalNotNull()
  @IsEnum(UnitType)
  type?: UnitType;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null makes it a top-level unit' })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

export const UNIT_SORT_FIELDS = ['name', 'code', 'type', 'createdAt'] as const;
export type UnitSortField = (typeof UNIT_SORT_FIELDS)[number];

export class UnitQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: UnitType, enumName: 'UnitType' })
  @IsOptional()
  @IsEnum(UnitType)
  type?: UnitType;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ description: 'text in name or code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: sortOptions(UNIT_SORT_FIELDS) })
  @IsOptional()
  @IsIn(sortOptions(UNIT_SORT_FIELDS))
  sort?: string;
}
