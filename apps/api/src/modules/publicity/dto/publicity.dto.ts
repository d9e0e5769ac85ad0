import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsDateOnly, IsPlainText } from '../../../common/validation/decorators';
import { type Objection, ObjectionStatus } from '../publicity.entities';

export class HolidayDto {
  @ApiProperty({ example: '2024-01-01' }) @IsDateOnly() date!: string;
  @ApiProperty({ example: '元旦' }) @IsPlainText(50) name!: string;
}

export class FileObjectionDto {
  @ApiProperty({ example: '该同志实际在岗时间不足' }) @IsPlainText(2000) reason!: string;
}

export class ResolveObjectionDto {
  @ApiProperty({ enum: [ObjectionStatus.Upheld, ObjectionStatus.Dismissed], description: 'UPHELD sends the round back to calibration' })
  @IsIn([ObjectionStatus.Upheld, ObjectionStatus.Dismissed])
  outcome!: ObjectionStatus.Upheld | ObjectionStatus.Dismissed;
  @ApiProperty({ description: 'the finding, in writing' }) @IsPlainText(2000) resolution!: string;
}

export class ObjectionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ObjectionStatus, enumName: 'ObjectionStatus' }) status!: ObjectionStatus;
  @ApiProperty({ type: String, nullable: true }) resolution!: string | null;
  @ApiProperty() createdAt!: string;
}

export function toObjectionResponse(o: Objection): ObjectionResponse {
  return { id: o.id, roundId: o.roundId, assessmentId: o.assessmentId, reason: o.reason, status: o.status, resolution: o.resolution, createdAt: o.createdAt.toISOString() };
}

/** One cadre on the published Excellent list: what a notice board shows, no PII. */
export class NoticeEntryDto {
  @ApiProperty({ format: 'uuid', description: 'the assessment an objection names' }) assessmentId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '男' }) gender!: string;
  @ApiProperty({ example: '区财政局' }) homeUnit!: string;
  @ApiProperty({ example: '科员' }) position!: string;
  @ApiProperty({ example: '淮河路街道' }) hostUnit!: string;
  @ApiProperty({ example: '党工委副书记' }) post!: string;
  @ApiProperty({ example: '基层一线' }) category!: string;
}

/** The publicity notice (公示) of a round: the period and the Excellent list. */
export class PublicityNoticeResponse {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() roundName!: string;
  @ApiProperty({ description: 'when publicity started' }) startsAt!: string;
  @ApiProperty({ description: 'the end of the fifth full working day after the start (weekends and listed holidays excluded)' }) endsAt!: string;
  @ApiProperty({ type: [NoticeEntryDto], description: 'the Excellent, by rank' }) excellent!: NoticeEntryDto[];
}
