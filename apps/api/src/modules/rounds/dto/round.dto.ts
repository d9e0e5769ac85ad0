import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ROUND_TYPE_LABELS, RoundStatus, RoundType } from '@app/domain';
import { RefDto, refOf } from '../../../common/dto/ref.dto';
import { IsDateOnly, IsPlainText } from '../../../common/validation/decorators';
import { type AssessmentRound, QuotaKind } from '../assessment-round.entity';

export class CreateRoundDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() batchId!: string;
  @ApiProperty({ example: '2023年度挂职历练干部专项考核' }) @IsPlainText(100) name!: string;
  @ApiProperty({ enum: RoundType, enumName: 'RoundType' }) @IsEnum(RoundType) type!: RoundType;
  @ApiProperty({ example: '2023-03-01', description: 'within the batch period' }) @IsDateOnly() periodStart!: string;
  @ApiProperty({ example: '2023-12-31' }) @IsDateOnly() periodEnd!: string;
  @ApiProperty({ format: 'uuid', description: 'a PUBLISHED rubric version; the round scores against it' }) @IsUUID() rubricVersionId!: string;
  @ApiProperty({ enum: QuotaKind, enumName: 'QuotaKind' }) @IsEnum(QuotaKind) quotaKind!: QuotaKind;
  @ApiProperty({ example: 20, description: 'people (COUNT) or percent of the graded (PERCENT)' }) @IsInt() @Min(0) @Max(100_000) quotaValue!: number;
  @ApiPropertyOptional({ description: 'required for a PERCENT quota above 20: the approval (document number, approver)' })
  @IsOptional()
  @IsPlainText(500)
  quotaApproval?: string;
  @ApiPropertyOptional({ default: 67, description: 'percent of expected voters' }) @IsOptional() @IsInt() @Min(1) @Max(100) minParticipationPercent?: number;
  @ApiPropertyOptional({ default: 3 }) @IsOptional() @IsInt() @Min(1) @Max(100) minInterviews?: number;
}

export class RoundResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: RefDto }) batch!: RefDto;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: RoundType, enumName: 'RoundType' }) type!: RoundType;
  @ApiProperty({ example: '专项考核' }) typeLabel!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ type: RefDto }) rubricVersion!: RefDto;
  @ApiProperty({ enum: QuotaKind, enumName: 'QuotaKind' }) quotaKind!: QuotaKind;
  @ApiProperty() quotaValue!: number;
  @ApiProperty({ type: String, nullable: true }) quotaApproval!: string | null;
  @ApiProperty() minParticipationPercent!: number;
  @ApiProperty() minInterviews!: number;
  @ApiProperty({ enum: RoundStatus, enumName: 'RoundStatus' }) status!: RoundStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** Expects the batch and rubricVersion relations loaded. */
export function toRoundResponse(r: AssessmentRound): RoundResponse {
  return {
    id: r.id,
    batch: refOf(r.batch, r.batchId),
    name: r.name,
    type: r.type,
    typeLabel: ROUND_TYPE_LABELS[r.type],
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    rubricVersion: refOf(r.rubricVersion, r.rubricVersionId),
    quotaKind: r.quotaKind,
    quotaValue: r.quotaValue,
    quotaApproval: r.quotaApproval,
    minParticipationPercent: r.minParticipationPercent,
    minInterviews: r.minInterviews,
    status: r.status,
    openedAt: r.openedAt?.toISOString() ?? null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function roundAuditSnapshot(r: AssessmentRound) {
  return {
    batchId: r.batchId,
    name: r.name,
    type: r.type,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    rubricVersionId: r.rubricVersionId,
    quotaKind: r.quotaKind,
    quotaValue: r.quotaValue,
    quotaApproval: r.quotaApproval,
    status: r.status,
  };
}

export class OpenRoundResponse {
  @ApiProperty({ type: RoundResponse }) round!: RoundResponse;
  @ApiProperty({ description: 'assessments created by this call (0 when opened before)' }) created!: number;
  @ApiProperty({ description: 'assessments of the round' }) total!: number;
}
