import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional } from 'class-validator';
import { Grade } from '@app/domain';
import { IsOptionalNotNull, IsPlainText } from '../../../common/validation/decorators';
import { type ReviewRequest, ReviewStatus } from '../acknowledgement.entities';

export class AcknowledgeDto {
  @ApiPropertyOptional({ description: 'the cadre’s own statement' }) @IsOptional() @IsPlainText(2000) statement?: string;
}

export class RequestReviewDto {
  @ApiProperty({ example: '第二季度业绩信息漏报一项' }) @IsPlainText(2000) reason!: string;
}

export class DecideReviewDto {
  @ApiProperty({ enum: [ReviewStatus.Maintained, ReviewStatus.Changed] }) @IsIn([ReviewStatus.Maintained, ReviewStatus.Changed]) outcome!: ReviewStatus.Maintained | ReviewStatus.Changed;
  @ApiPropertyOptional({ enum: Grade, enumName: 'Grade', description: 'required when CHANGED' }) @IsOptionalNotNull() @IsEnum(Grade) grade?: Grade;
  @ApiProperty() @IsPlainText(2000) reason!: string;
}

export class ReviewResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ReviewStatus, enumName: 'ReviewStatus' }) status!: ReviewStatus;
  @ApiProperty({ enum: Grade, enumName: 'Grade', nullable: true }) reviewedGrade!: Grade | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
}

export function toReviewResponse(r: ReviewRequest): ReviewResponse {
  return { id: r.id, assessmentId: r.assessmentId, reason: r.reason, status: r.status, reviewedGrade: r.reviewedGrade, decisionReason: r.decisionReason };
}

export class MyResultResponse {
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty() round!: string;
  @ApiProperty({ enum: Grade, enumName: 'Grade', nullable: true }) grade!: Grade | null;
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ type: Number, nullable: true }) rank!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt!: string | null;
  @ApiProperty({ description: 'the last day a review may be requested' }) reviewDeadline!: string;
  @ApiProperty({ type: [ReviewResponse] }) reviews!: ReviewResponse[];
}
