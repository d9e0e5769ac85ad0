import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  ExcellentRequirement,
  type Hundredths,
  points,
  Rating,
  type RatingSource,
  type RubricDefinition,
  ScoreSource,
  SecondmentCategory,
  toPoints,
} from '@app/domain';
import { IsDecimal, IsPlainText } from '../../../common/validation/decorators';

export class RubricSubItemDto {
  @ApiProperty({ example: '3.1' }) @Matches(/^\d{1,2}\.\d{1,2}$/) code!: string;
  @ApiProperty({ example: '民主评议' }) @IsPlainText(50) name!: string;
  @ApiProperty({ example: 10, description: 'points, up to two decimals' }) @IsDecimal() @Min(0.01) @Max(100) maxPoints!: number;
  @ApiProperty() @IsString() @MaxLength(500) guidance!: string;
  @ApiProperty({ enum: ScoreSource, enumName: 'ScoreSource' }) @IsEnum(ScoreSource) source!: ScoreSource;
}

export class RubricItemDto {
  @ApiProperty({ example: '3' }) @Matches(/^\d{1,2}$/) code!: string;
  @ApiProperty({ example: '群众公认' }) @IsPlainText(50) name!: string;
  @ApiProperty({ example: '查民主评议及用人单位评价' }) @IsPlainText(100) check!: string;
  @ApiProperty({ example: '看群众公认度' }) @IsPlainText(100) look!: string;
  @ApiProperty({ example: 20 }) @IsDecimal() @Min(0.01) @Max(100) maxPoints!: number;
  @ApiProperty({ type: [RubricSubItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RubricSubItemDto)
  subItems!: RubricSubItemDto[];
}

export class GradeThresholdsDto {
  @ApiProperty({ example: 90 }) @IsDecimal() @Min(0) @Max(100) excellent!: number;
  @ApiProperty({ example: 70 }) @IsDecimal() @Min(0) @Max(100) competent!: number;
  @ApiProperty({ example: 60 }) @IsDecimal() @Min(0) @Max(100) basicallyCompetent!: number;
}

export class RatingWeightsDto {
  @ApiProperty({ example: 100, description: 'percent' }) @IsInt() @Min(0) @Max(100) EXCELLENT!: number;
  @ApiProperty({ example: 80 }) @IsInt() @Min(0) @Max(100) COMPETENT!: number;
  @ApiProperty({ example: 60 }) @IsInt() @Min(0) @Max(100) BASICALLY_COMPETENT!: number;
  @ApiProperty({ example: 0 }) @IsInt() @Min(0) @Max(100) INCOMPETENT!: number;
}

export class MinimumRatingsDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(10_000) BALLOTS!: number;
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) @Max(10_000) CERTIFICATES!: number;
  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(10_000) INTERVIEWS!: number;
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(10_000) MUTUAL_EVALUATION!: number;
}

export class SourceShareDto {
  @ApiProperty({ enum: ScoreSource, enumName: 'ScoreSource' }) @IsEnum(ScoreSource) source!: ScoreSource;
  @ApiProperty({ example: 50 }) @IsInt() @Min(1) @Max(100) percent!: number;
}

export class RubricVariantDto {
  @ApiProperty({ example: '3.1' }) @Matches(/^\d{1,2}\.\d{1,2}$/) subItemCode!: string;
  @ApiPropertyOptional({ example: '双出具评定' }) @IsOptional() @IsPlainText(50) name?: string;
  @ApiProperty({ type: [SourceShareDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SourceShareDto)
  sources!: SourceShareDto[];
}

const variantList = () => [IsArray(), ArrayMaxSize(30), IsObject({ each: true }), ValidateNested({ each: true }), Type(() => RubricVariantDto)];
const requirementList = () => [IsArray(), ArrayMaxSize(5), IsEnum(ExcellentRequirement, { each: true })];
function apply(decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

export class CategoryVariantsDto {
  @ApiProperty({ type: [RubricVariantDto] }) @apply(variantList()) GRASSROOTS!: RubricVariantDto[];
  @ApiProperty({ type: [RubricVariantDto] }) @apply(variantList()) MAJOR_PROJECT!: RubricVariantDto[];
  @ApiProperty({ type: [RubricVariantDto] }) @apply(variantList()) INVESTMENT_PROMOTION!: RubricVariantDto[];
  @ApiProperty({ type: [RubricVariantDto] }) @apply(variantList()) STATE_ENTERPRISE!: RubricVariantDto[];
  @ApiProperty({ type: [RubricVariantDto] }) @apply(variantList()) KEY_TASK!: RubricVariantDto[];
}

export class ExcellentRequirementsDto {
  @ApiProperty({ enum: ExcellentRequirement, isArray: true }) @apply(requirementList()) GRASSROOTS!: ExcellentRequirement[];
  @ApiProperty({ enum: ExcellentRequirement, isArray: true }) @apply(requirementList()) MAJOR_PROJECT!: ExcellentRequirement[];
  @ApiProperty({ enum: ExcellentRequirement, isArray: true }) @apply(requirementList()) INVESTMENT_PROMOTION!: ExcellentRequirement[];
  @ApiProperty({ enum: ExcellentRequirement, isArray: true }) @apply(requirementList()) STATE_ENTERPRISE!: ExcellentRequirement[];
  @ApiProperty({ enum: ExcellentRequirement, isArray: true }) @apply(requirementList()) KEY_TASK!: ExcellentRequirement[];
}

/** A rubric as the API shows and takes it: points as numbers with up to two decimals. */
export class RubricDefinitionDto {
  @ApiProperty({ type: [RubricItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RubricItemDto)
  items!: RubricItemDto[];

  @ApiProperty({ type: GradeThresholdsDto }) @IsObject() @ValidateNested() @Type(() => GradeThresholdsDto) thresholds!: GradeThresholdsDto;
  @ApiProperty({ type: RatingWeightsDto }) @IsObject() @ValidateNested() @Type(() => RatingWeightsDto) ratingWeights!: RatingWeightsDto;
  @ApiProperty({ type: MinimumRatingsDto }) @IsObject() @ValidateNested() @Type(() => MinimumRatingsDto) minimumRatings!: MinimumRatingsDto;
  @ApiProperty({ type: CategoryVariantsDto }) @IsObject() @ValidateNested() @Type(() => CategoryVariantsDto) variants!: CategoryVariantsDto;
  @ApiProperty({ type: ExcellentRequirementsDto }) @IsObject() @ValidateNested() @Type(() => ExcellentRequirementsDto) excellentRequirements!: ExcellentRequirementsDto;
}

const CATEGORIES = Object.values(SecondmentCategory);

function byCategory<T, U>(source: Readonly<Record<SecondmentCategory, T>>, map: (value: T) => U): Record<SecondmentCategory, U> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, map(source[c])])) as Record<SecondmentCategory, U>;
}

/** Stored (hundredths) → API (points). */
export function toDefinitionDto(d: RubricDefinition): RubricDefinitionDto {
  const p = (h: Hundredths) => toPoints(h);
  return {
    items: d.items.map((item) => ({ ...item, maxPoints: p(item.maxPoints), subItems: item.subItems.map((sub) => ({ ...sub, maxPoints: p(sub.maxPoints) })) })),
    thresholds: { excellent: p(d.thresholds.excellent), competent: p(d.thresholds.competent), basicallyCompetent: p(d.thresholds.basicallyCompetent) },
    ratingWeights: { ...d.ratingWeights },
    minimumRatings: { ...d.minimumRatings },
    variants: byCategory(d.variants, (list) => list.map((v) => ({ ...v, sources: v.sources.map((s) => ({ ...s })) }))),
    excellentRequirements: byCategory(d.excellentRequirements, (list) => [...list]),
  };
}

/** API (points) → stored (hundredths); keeps only the known fields. */
export function fromDefinitionDto(d: RubricDefinitionDto): RubricDefinition {
  return {
    items: d.items.map((item) => ({
      code: item.code,
      name: item.name,
      check: item.check,
      look: item.look,
      maxPoints: points(item.maxPoints),
      subItems: item.subItems.map((sub) => ({ code: sub.code, name: sub.name, maxPoints: points(sub.maxPoints), guidance: sub.guidance, source: sub.source })),
    })),
    thresholds: {
      excellent: points(d.thresholds.excellent),
      competent: points(d.thresholds.competent),
      basicallyCompetent: points(d.thresholds.basicallyCompetent),
    },
    ratingWeights: {
      [Rating.Excellent]: d.ratingWeights.EXCELLENT,
      [Rating.Competent]: d.ratingWeights.COMPETENT,
      [Rating.BasicallyCompetent]: d.ratingWeights.BASICALLY_COMPETENT,
      [Rating.Incompetent]: d.ratingWeights.INCOMPETENT,
    },
    minimumRatings: {
      [ScoreSource.Ballots]: d.minimumRatings.BALLOTS,
      [ScoreSource.Certificates]: d.minimumRatings.CERTIFICATES,
      [ScoreSource.Interviews]: d.minimumRatings.INTERVIEWS,
      [ScoreSource.MutualEvaluation]: d.minimumRatings.MUTUAL_EVALUATION,
    } as Record<RatingSource, number>,
    variants: byCategory(d.variants, (list) =>
      list.map((v) => ({ subItemCode: v.subItemCode, ...(v.name ? { name: v.name } : {}), sources: v.sources.map((s) => ({ source: s.source, percent: s.percent })) })),
    ),
    excellentRequirements: byCategory(d.excellentRequirements, (list) => [...list]),
  };
}
