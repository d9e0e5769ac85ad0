import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { RefDto, refOf } from '../../../common/dto/ref.dto';
import { PageMeta, PageQueryDto } from '../../../common/paging/page';
import { IsDateOnly, IsPlainText } from '../../../common/validation/decorators';
import { type WorkRecord, WorkRecordStatus } from '../work-record.entity';

export class CreateWorkRecordDto {
  @ApiProperty({ example: '2023-05-08', description: 'within the secondment, not in the future' }) @IsDateOnly() date!: string;
  @ApiProperty({ example: '走访辖区企业3家，协调解决用工问题' }) @IsPlainText(2000) content!: string;
}

export class ReviewWorkRecordDto {
  @ApiProperty({ description: 'the version last read' }) @IsInt() @Min(1) version!: number;
}

export class RejectWorkRecordDto extends ReviewWorkRecordDto {
  @ApiProperty({ example: '当日未在岗' }) @IsPlainText(500) reason!: string;
}

export class WorkRecordQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() secondmentId?: string;
  @ApiPropertyOptional({ enum: WorkRecordStatus, enumName: 'WorkRecordStatus' }) @IsOptional() @IsEnum(WorkRecordStatus) status?: WorkRecordStatus;
}

export class WorkRecordResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) secondmentId!: string;
  @ApiProperty({ format: 'uuid' }) cadreId!: string;
  @ApiProperty({ type: RefDto, description: 'the cadre, named' }) cadre!: RefDto;
  @ApiProperty() date!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ enum: WorkRecordStatus, enumName: 'WorkRecordStatus' }) status!: WorkRecordStatus;
  @ApiProperty({ type: String, nullable: true }) rejectReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt!: string | null;
  @ApiProperty() version!: number;
}

export function toWorkRecordResponse(r: WorkRecord): WorkRecordResponse {
  return {
    id: r.id,
    secondmentId: r.secondmentId,
    cadreId: r.cadreId,
    cadre: refOf(r.secondment?.cadre, r.cadreId),
    date: r.date,
    content: r.content,
    status: r.status,
    rejectReason: r.rejectReason,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    version: r.version,
  };
}

export class WorkRecordPage extends PageMeta {
  @ApiProperty({ type: [WorkRecordResponse] }) items!: WorkRecordResponse[];
}
