import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsInt, IsOptional, Min, ValidateIf } from 'class-validator';
import { Grade, ProposalStatus, SecondmentCategory } from '@app/domain';
import { RefDto } from '../../../common/dto/ref.dto';
import { IsOptionalNotNull, IsPlainText } from '../../../common/validation/decorators';

export class GradeOverrideResponse {
  @ApiProperty({ enum: Grade, enumName: 'Grade' }) grade!: Grade;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'the user who overrode the proposal' }) by!: string;
  @ApiProperty({ description: 'when, as an ISO timestamp' }) at!: string;
}

export class CalibrationRowResponse {
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ type: RefDto }) cadre!: RefDto;
  @ApiProperty({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) category!: SecondmentCategory;
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ type: Number, nullable: true }) rank!: number | null;
  @ApiProperty({ enum: ProposalStatus, enumName: 'ProposalStatus' }) status!: ProposalStatus;
  @ApiProperty({ enum: Grade, enumName: 'Grade', nullable: true }) proposedGrade!: Grade | null;
  @ApiProperty({ type: [String], description: 'why, in Chinese' }) reasons!: string[];
  @ApiProperty({ enum: Grade, enumName: 'Grade', nullable: true, description: 'the override, or else the proposal' }) grade!: Grade | null;
  @ApiProperty({ type: () => GradeOverrideResponse, nullable: true }) override!: GradeOverrideResponse | null;
  @ApiProperty() veto!: boolean;
  @ApiProperty({ type: String, nullable: true }) vetoReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) notGradedReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'set while a leader has reopened the result of a finalized round' })
  reopenedAt!: string | null;
  @ApiProperty() version!: number;
}

export class CalibrationTieResponse {
  @ApiProperty({ type: [String], format: 'uuid' }) assessmentIds!: string[];
  @ApiProperty({ description: 'Excellent places left for them' }) places!: number;
}

export class CalibrationResponse {
  @ApiProperty({ description: 'Excellent places under the quota' }) quota!: number;
  @ApiProperty({ description: 'Excellent as decided so far (overrides included)' }) excellent!: number;
  @ApiProperty({ type: () => CalibrationTieResponse, nullable: true, description: 'cadres tied at the quota line, for a person to decide' })
  tie!: CalibrationTieResponse | null;
  @ApiProperty({ type: [CalibrationRowResponse] }) rows!: CalibrationRowResponse[];
}

export class CalibrateAssessmentDto {
  @ApiProperty({ description: 'the assessment version last read' }) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional({ description: 'a disciplinary sanction or another veto; needs vetoReason' }) @IsOptionalNotNull() @IsBoolean() veto?: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) @ValidateIf((_, v) => v !== null) @IsOptional() @IsPlainText(500) vetoReason?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '不定等次 and why; null clears it' }) @ValidateIf((_, v) => v !== null) @IsOptional() @IsPlainText(500) notGradedReason?: string | null;
  @ApiPropertyOptional({ enum: Grade, enumName: 'Grade', nullable: true, description: 'a grade instead of the proposal; needs overrideReason; null clears it' })
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @IsEnum(Grade)
  gradeOverride?: Grade | null;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsPlainText(500) overrideReason?: string;
}

export class ReopenAssessmentDto {
  @ApiProperty({ description: 'the assessment version last read' }) @IsInt() @Min(1) version!: number;
  @ApiProperty({ example: '复核发现业绩信息有误' }) @IsPlainText(1000) reason!: string;
}

export class RefinalizeAssessmentDto {
  @ApiProperty({ description: 'the assessment version last read' }) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional({ enum: Grade, enumName: 'Grade', description: 'a grade by hand instead of the proposal; needs reason' }) @IsOptionalNotNull() @IsEnum(Grade) grade?: Grade;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsPlainText(500) reason?: string;
}

export class PriorResultResponse {
  @ApiProperty() sequence!: number;
  @ApiProperty({ enum: Grade, enumName: 'Grade', nullable: true }) grade!: Grade | null;
  @ApiProperty({ type: Number, nullable: true }) rank!: number | null;
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty() reopenReason!: string;
  @ApiProperty({ format: 'uuid' }) reopenedBy!: string;
  @ApiProperty() reopenedAt!: string;
}

export class FlowStepResponse {
  @ApiProperty({ example: 'BALLOTS' }) step!: string;
  @ApiProperty({ example: '民主评议' }) label!: string;
  @ApiProperty() done!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'VOTERS', description: 'who must act while the step is not done' }) waitingOn!: string | null;
  @ApiProperty({ type: [String], example: ['3.1'] }) missing!: string[];
}

export class LeaderDecisionDto {
  @ApiPropertyOptional({ description: 'required when returning' }) @IsOptionalNotNull() @IsPlainText(1000) comment?: string;
}
