import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsObject, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ROUND_TYPE_LABELS, RoundStatus, SECONDMENT_CATEGORY, SecondmentCategory, ScoreSource, toPoints, type ScoreResult } from '@app/domain';
import { RefDto, refOf } from '../../../common/dto/ref.dto';
import { PageMeta, PageQueryDto } from '../../../common/paging/page';
import { IsDecimal, IsPlainText } from '../../../common/validation/decorators';
import { ScoreResponse, toScoreResponse } from '../../rubrics/dto/rubric-response.dto';
import type { AssessmentScore } from '../assessment-score.entity';
import type { Assessment } from '../assessment.entity';
import type { ScoredAssessment } from '../assessments.repository';

export class SubItemScoreInputDto {
  @ApiProperty({ example: '1.1' }) @Matches(/^\d{1,2}\.\d{1,2}$/) subItemCode!: string;
  @ApiProperty({ example: 7.5, description: 'points, up to two decimals' }) @IsDecimal() @Min(0) @Max(100) points!: number;
  @ApiPropertyOptional({ description: 'why this score' }) @IsOptional() @IsPlainText(2000) comment?: string;
}

export class EnterScoresDto {
  @ApiProperty({ description: 'the assessment version last read; a stale one answers 409' }) @IsInt() @Min(1) version!: number;
  @ApiProperty({ type: [SubItemScoreInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SubItemScoreInputDto)
  scores!: SubItemScoreInputDto[];
}

export class HostUnitEvaluationDto {
  @ApiProperty({ description: 'the assessment version last read' }) @IsInt() @Min(1) version!: number;
  @ApiProperty({ example: 9, description: 'the score of the host-unit sub-item (3.2), points' }) @IsDecimal() @Min(0) @Max(100) points!: number;
  @ApiProperty({ description: 'the written opinion (书面意见)' }) @IsPlainText(2000) opinion!: string;
}

export class EnteredScoreResponse {
  @ApiProperty() subItemCode!: string;
  @ApiProperty() points!: number;
  @ApiProperty({ enum: ScoreSource, enumName: 'ScoreSource' }) source!: ScoreSource;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'uuid' }) enteredBy!: string;
  @ApiProperty() enteredAt!: string;
}

export class SuggestionResponse {
  @ApiProperty({ example: '1.2' }) subItemCode!: string;
  @ApiProperty() points!: number;
  @ApiProperty() explanation!: string;
}

export class AssessmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: RefDto }) round!: RefDto;
  @ApiProperty({ type: RefDto }) cadre!: RefDto;
  @ApiProperty({ type: RefDto }) hostUnit!: RefDto;
  @ApiProperty({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) category!: SecondmentCategory;
  @ApiProperty() categoryLabel!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: ScoreResponse, nullable: true, description: 'the computed score with explanations; not shown to host units' })
  score!: ScoreResponse | null;
  @ApiProperty({ type: [EnteredScoreResponse], description: 'what people entered (a host unit sees only its own)' })
  entered!: EnteredScoreResponse[];
  @ApiProperty({ type: [SuggestionResponse], description: 'scores the system suggests from the records, e.g. 1.2 from work records' })
  suggestions!: SuggestionResponse[];
}

/** Expects round, cadre and secondment.hostUnit loaded. */
export function toAssessmentResponse(a: ScoredAssessment, entered: AssessmentScore[], score: ScoreResult | null, suggestions: SuggestionResponse[] = []): AssessmentResponse {
  return {
    id: a.id,
    round: refOf(a.round, a.roundId),
    cadre: refOf(a.cadre, a.cadreId),
    hostUnit: refOf(a.secondment?.hostUnit, a.hostUnitId),
    category: a.category,
    categoryLabel: SECONDMENT_CATEGORY.label(a.category),
    version: a.version,
    score: score ? toScoreResponse(score) : null,
    entered: entered.map((s) => ({
      subItemCode: s.subItemCode,
      points: toPoints(s.points),
      source: s.source,
      comment: s.comment,
      enteredBy: s.enteredBy,
      enteredAt: s.enteredAt.toISOString(),
    })),
    suggestions,
  };
}

export class AssessmentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RoundStatus, enumName: 'RoundStatus', description: 'of the round: COLLECTING for those still taking inputs' })
  @IsOptional()
  @IsEnum(RoundStatus)
  roundStatus?: RoundStatus;
}

export class AssessmentRoundRefResponse extends RefDto {
  @ApiProperty({ enum: RoundStatus, enumName: 'RoundStatus' }) status!: RoundStatus;
  @ApiProperty({ example: '季度考核' }) typeLabel!: string;
}

/** An assessment in a list: whose, in which round, and its version to act on it. */
export class AssessmentListItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: AssessmentRoundRefResponse }) round!: AssessmentRoundRefResponse;
  @ApiProperty({ type: RefDto }) cadre!: RefDto;
  @ApiProperty({ type: RefDto }) hostUnit!: RefDto;
  @ApiProperty({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) category!: SecondmentCategory;
  @ApiProperty() categoryLabel!: string;
  @ApiProperty() version!: number;
}

export class AssessmentPage extends PageMeta {
  @ApiProperty({ type: [AssessmentListItemResponse] }) items!: AssessmentListItemResponse[];
}

/** Expects round, cadre and secondment.hostUnit loaded. */
export function toAssessmentListItem(a: Assessment): AssessmentListItemResponse {
  return {
    id: a.id,
    round: { id: a.roundId, name: a.round?.name ?? '', status: a.round?.status as RoundStatus, typeLabel: a.round ? ROUND_TYPE_LABELS[a.round.type] : '' },
    cadre: refOf(a.cadre, a.cadreId),
    hostUnit: refOf(a.secondment?.hostUnit, a.hostUnitId),
    category: a.category,
    categoryLabel: SECONDMENT_CATEGORY.label(a.category),
    version: a.version,
  };
}

/** A line of the scoring grid: one assessment with every sub-item's score and its explanation. */
export class ScoreSheetRowResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: RefDto }) cadre!: RefDto;
  @ApiProperty({ type: RefDto }) hostUnit!: RefDto;
  @ApiProperty({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) category!: SecondmentCategory;
  @ApiProperty() categoryLabel!: string;
  @ApiProperty({ description: 'send it back with scores entered; a stale one answers 409' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'set while a leader has reopened the result of a finalized round: its scores may then be corrected' })
  reopenedAt!: string | null;
  @ApiProperty({ type: ScoreResponse, description: 'each sub-item under the category’s variant, with its sources: only ORG_STAFF ones are entered here' })
  score!: ScoreResponse;
}

export class AssessmentSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: RefDto }) cadre!: RefDto;
  @ApiProperty({ type: RefDto }) hostUnit!: RefDto;
  @ApiProperty({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) category!: SecondmentCategory;
  @ApiProperty({ type: Number, nullable: true, description: 'null until fully scored, and for host units' }) total!: number | null;
  @ApiProperty({ type: [String], description: 'sub-items still without a score (not shown to host units)' }) missing!: string[];
  @ApiProperty() version!: number;
}
