import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { EvidenceType } from '@app/domain';
import { RefDto, refOf } from '../../../common/dto/ref.dto';
import { PageMeta, PageQueryDto } from '../../../common/paging/page';
import { IsPlainText } from '../../../common/validation/decorators';
import { type EvidenceFile, type PerformanceEntry, PerformanceEntryStatus } from '../performance.entities';

export class CreatePerformanceEntryDto {
  @ApiProperty({ example: '2023Q2' }) @Matches(/^20\d{2}Q[1-4]$/, { message: 'quarter must look like 2023Q2' }) quarter!: string;
  @ApiProperty({ example: '牵头完成片区3个重点项目征迁，提前一个月交地' }) @IsPlainText(4000) description!: string;
}

export class ReviewPerformanceEntryDto {
  @ApiProperty({ description: 'the version last read' }) @IsInt() @Min(1) version!: number;
}

export class PerformanceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() secondmentId?: string;
  @ApiPropertyOptional({ example: '2023Q2' }) @IsOptional() @Matches(/^20\d{2}Q[1-4]$/) quarter?: string;
  @ApiPropertyOptional({ enum: PerformanceEntryStatus, enumName: 'PerformanceEntryStatus' }) @IsOptional() @IsEnum(PerformanceEntryStatus) status?: PerformanceEntryStatus;
}

export class EvidenceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() filename!: string;
  @ApiProperty({ enum: EvidenceType, enumName: 'EvidenceType', description: 'recognized from the content' }) type!: EvidenceType;
  @ApiProperty() size!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty() uploadedAt!: string;
}

export class PerformanceEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) secondmentId!: string;
  @ApiProperty({ format: 'uuid' }) cadreId!: string;
  @ApiProperty({ type: RefDto, description: 'the cadre, named' }) cadre!: RefDto;
  @ApiProperty() quarter!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: PerformanceEntryStatus, enumName: 'PerformanceEntryStatus' }) status!: PerformanceEntryStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt!: string | null;
  @ApiProperty({ type: [EvidenceResponse] }) evidence!: EvidenceResponse[];
  @ApiProperty() version!: number;
}

export function toEvidenceResponse(f: EvidenceFile): EvidenceResponse {
  return { id: f.id, filename: f.filename, type: f.type, size: f.size, sha256: f.sha256, uploadedAt: f.uploadedAt.toISOString() };
}

export function toPerformanceEntryResponse(e: PerformanceEntry, evidence: EvidenceFile[]): PerformanceEntryResponse {
  return {
    id: e.id,
    secondmentId: e.secondmentId,
    cadreId: e.cadreId,
    cadre: refOf(e.secondment?.cadre, e.cadreId),
    quarter: e.quarter,
    description: e.description,
    status: e.status,
    reviewedAt: e.reviewedAt?.toISOString() ?? null,
    evidence: evidence.map(toEvidenceResponse),
    version: e.version,
  };
}

export class PerformanceEntryPage extends PageMeta {
  @ApiProperty({ type: [PerformanceEntryResponse] }) items!: PerformanceEntryResponse[];
}
