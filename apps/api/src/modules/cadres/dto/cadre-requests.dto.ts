import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { Education, ETHNICITIES, Gender, Grade, PoliticalStatus, SecondmentCategory, SecondmentStatus } from '@app/domain';
import { PageQueryDto } from '../../../common/paging/page';
import { sortOptions } from '../../../common/paging/sort';
import { IsDateOnly, IsPlainText, IsOptionalNotNull } from '../../../common/validation/decorators';

export class CreateCadreDto {
  @ApiProperty({ example: '张伟' }) @IsPlainText(50) name!: string;
  @ApiProperty({ enum: Gender, enumName: 'Gender' }) @IsEnum(Gender) gender!: Gender;
  @ApiProperty({ example: '1988-05-12', description: 'must agree with the national id' }) @IsDateOnly() birthDate!: string;
  @ApiProperty({ example: '汉族' }) @IsIn(ETHNICITIES) ethnicity!: string;
  @ApiProperty({ enum: PoliticalStatus, enumName: 'PoliticalStatus' }) @IsEnum(PoliticalStatus) politicalStatus!: PoliticalStatus;
  @ApiProperty({ enum: Education, enumName: 'Education' }) @IsEnum(Education) education!: Education;
  @ApiProperty({ format: 'uuid', description: 'the sending unit (派出单位)' }) @IsUUID() homeUnitId!: string;
  @ApiProperty({ example: '区发展和改革委员会科员' }) @IsPlainText(100) position!: string;
  @ApiPropertyOptional({ example: '一级科员' }) @IsOptional() @IsPlainText(50) rank?: string;
  @ApiProperty({ example: '13800138000' }) @IsString() @MaxLength(20) phone!: string;
  @ApiProperty({ example: '410102198805120012', description: '18 characters, GB 11643 check character' })
  @IsString()
  @MaxLength(18)
  nationalId!: string;
}

export class UpdateCadreDto {
  @ApiProperty({ description: 'the version last read; a stale one answers 409' }) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsPlainText(50) name?: string;
  @ApiPropertyOptional({ enum: Gender, enumName: 'Gender' }) @IsOptionalNotNull() @IsEnum(Gender) gender?: Gender;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsDateOnly() birthDate?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsIn(ETHNICITIES) ethnicity?: string;
  @ApiPropertyOptional({ enum: PoliticalStatus, enumName: 'PoliticalStatus' }) @IsOptionalNotNull() @IsEnum(PoliticalStatus) politicalStatus?: PoliticalStatus;
  @ApiPropertyOptional({ enum: Education, enumName: 'Education' }) @IsOptionalNotNull() @IsEnum(Education) education?: Education;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptionalNotNull() @IsUUID() homeUnitId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsPlainText(100) position?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf((_, v) => v !== null) @IsOptional() @IsPlainText(50) rank?: string | null;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(20) phone?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(18) nationalId?: string;
}

export const CADRE_SORT_FIELDS = ['name', 'birthDate', 'createdAt', 'updatedAt'] as const;
export type CadreSortField = (typeof CADRE_SORT_FIELDS)[number];

/** Filters on the cadre or on any of their secondments that the caller may see. */
export class CadreQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'one-click search: name, home unit, position, host unit or post' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() batchId?: string;
  @ApiPropertyOptional({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) @IsOptional() @IsEnum(SecondmentCategory) category?: SecondmentCategory;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() hostUnitId?: string;
  @ApiPropertyOptional({ enum: SecondmentStatus, enumName: 'SecondmentStatus', description: 'of a secondment' })
  @IsOptional()
  @IsEnum(SecondmentStatus)
  status?: SecondmentStatus;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() homeUnitId?: string;

  @ApiPropertyOptional({ enum: Grade, enumName: 'Grade', description: 'graded so in a finalized round (one the caller may see)' })
  @IsOptional()
  @IsEnum(Grade)
  grade?: Grade;

  @ApiPropertyOptional({ enum: sortOptions(CADRE_SORT_FIELDS) })
  @IsOptional()
  @IsIn(sortOptions(CADRE_SORT_FIELDS))
  sort?: string;
}
