import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsObject, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { type InvalidField, SecondmentCategory } from '@app/domain';
import { IsPlainText, IsOptionalNotNull } from '../../../common/validation/decorators';
import { RubricDefinitionDto } from './rubric-definition.dto';

export class CreateRubricDraftDto {
  @ApiProperty({ example: '四查四看考评细则（2024版）' }) @IsPlainText(100) name!: string;
  @ApiProperty({ format: 'uuid', description: 'the version to copy' }) @IsUUID() basedOnId!: string;
}

export class UpdateRubricDraftDto {
  @ApiProperty({ description: 'the version last read; a stale one answers 409' }) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsPlainText(100) name?: string;
  @ApiPropertyOptional({ type: RubricDefinitionDto, description: 'the whole rubric, replacing the draft’s' })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => RubricDefinitionDto)
  definition?: RubricDefinitionDto;
}

export class PublishRubricDto {
  @ApiProperty({ description: 'the version last read' }) @IsInt() @Min(1) version!: number;
}

export class RatingTallyDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100_000) EXCELLENT?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100_000) COMPETENT?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100_000) BASICALLY_COMPETENT?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100_000) INCOMPETENT?: number;
}

export class RatingsInputDto {
  @ApiPropertyOptional({ type: RatingTallyDto, description: 'valid democratic-evaluation ballots' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => RatingTallyDto) BALLOTS?: RatingTallyDto;
  @ApiPropertyOptional({ type: RatingTallyDto, description: 'the ratings of the issued certificates' }) @IsOptional() @IsObject() @ValidateNested() @Type(() => RatingTallyDto) CERTIFICATES?: RatingTallyDto;
  @ApiPropertyOptional({ type: RatingTallyDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => RatingTallyDto) INTERVIEWS?: RatingTallyDto;
  @ApiPropertyOptional({ type: RatingTallyDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => RatingTallyDto) MUTUAL_EVALUATION?: RatingTallyDto;
}

export class ScorePreviewDto {
  @ApiProperty({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) @IsEnum(SecondmentCategory) category!: SecondmentCategory;

  @ApiProperty({ description: 'entered scores by sub-item code, in points', example: { '1.1': 7.5, '3.2': 9 }, type: 'object', additionalProperties: { type: 'number' } })
  @IsObject()
  entered!: Record<string, number>;

  @ApiProperty({ type: RatingsInputDto }) @IsObject() @ValidateNested() @Type(() => RatingsInputDto) ratings!: RatingsInputDto;
}

/** Values of `entered` are checked here, since class-validator cannot reach a map's values. */
export function enteredProblems(entered: Record<string, unknown>): InvalidField[] {
  const problems: InvalidField[] = [];
  const entries = Object.entries(entered);
  if (entries.length > 100) problems.push({ field: 'entered', message: 'too many sub-items', inChinese: '小项过多（最多 100 项）' });
  for (const [code, value] of entries) {
    if (!/^\d{1,2}\.\d{1,2}$/.test(code)) problems.push({ field: `entered.${code.slice(0, 20)}`, message: 'is not a sub-item code like 3.1', inChinese: '不是形如 3.1 的小项编号' });
    else if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) {
      problems.push({ field: `entered.${code}`, message: 'must be a number with at most two decimals', inChinese: '应为数字，最多 2 位小数' });
    }
  }
  return problems;
}

