import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiPropertyOptional({ nullable: true }) resolution!: string | null;
  @ApiProperty() createdAt!: string;
}

export function toObjectionResponse(o: Objection): ObjectionResponse {
  return { id: o.id, roundId: o.roundId, assessmentId: o.assessmentId, reason: o.reason, status: o.status, resolution: o.resolution, createdAt: o.createdAt.toISOString() };
}
