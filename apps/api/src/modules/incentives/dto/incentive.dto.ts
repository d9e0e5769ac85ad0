import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Grade, IncentiveStatus, SecondmentCategory, TalentPoolStatus } from '@app/domain';
import { PageQueryDto } from '../../../common/paging/page';
import { IsPlainText } from '../../../common/validation/decorators';

export class DecideIncentiveDto {
  @ApiProperty({ description: 'the version last read; a stale one answers 409' }) @IsInt() @Min(1) version!: number;
  @ApiProperty({ enum: [IncentiveStatus.Confirmed, IncentiveStatus.Rejected] })
  @IsIn([IncentiveStatus.Confirmed, IncentiveStatus.Rejected])
  outcome!: IncentiveStatus.Confirmed | IncentiveStatus.Rejected;
  @ApiPropertyOptional({ description: 'the measure as amended; omitted: as proposed. Only with CONFIRMED' }) @IsOptional() @IsPlainText(1000) measure?: string;
  @ApiProperty({ description: 'why, in a sentence' }) @IsPlainText(1000) note!: string;
}

export class ExemplarDto {
  @ApiProperty({ description: 'the version last read' }) @IsInt() @Min(1) version!: number;
  @ApiProperty({ description: 'flag the cadre as an exemplar (示范标杆) for this result' }) @IsBoolean() exemplar!: boolean;
  @ApiPropertyOptional({ description: 'required when flagging: what makes them an example' })
  @ValidateIf((o: ExemplarDto) => o.exemplar === true || o.citation !== undefined)
  @IsPlainText(1000)
  citation?: string;
}

export class IncentiveResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ format: 'uuid' }) cadreId!: string;
  @ApiProperty() cadreName!: string;
  @ApiProperty() hostUnit!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ type: Number, nullable: true }) rank!: number | null;
  @ApiProperty() proposedMeasure!: string;
  @ApiProperty({ type: String, nullable: true, description: 'as decided' }) measure!: string | null;
  @ApiProperty({ enum: IncentiveStatus, enumName: 'IncentiveStatus' }) status!: IncentiveStatus;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() exemplar!: boolean;
  @ApiProperty({ type: String, nullable: true }) exemplarCitation!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty() version!: number;
}

export class TalentPoolQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'part of the name or the home unit' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: TalentPoolStatus, enumName: 'TalentPoolStatus' }) @IsOptional() @IsEnum(TalentPoolStatus) status?: TalentPoolStatus;
  @ApiPropertyOptional({ enum: SecondmentCategory, enumName: 'SecondmentCategory', description: 'of any of their secondments' })
  @IsOptional()
  @IsEnum(SecondmentCategory)
  category?: SecondmentCategory;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() batchId?: string;
  @ApiPropertyOptional({ description: 'Excellent in at least this many finalized rounds' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) minExcellentRounds?: number;
}

export class DecideTalentPoolDto {
  @ApiProperty({ description: 'the version last read' }) @IsInt() @Min(1) version!: number;
  @ApiProperty({ enum: [TalentPoolStatus.Confirmed, TalentPoolStatus.Declined] })
  @IsIn([TalentPoolStatus.Confirmed, TalentPoolStatus.Declined])
  outcome!: TalentPoolStatus.Confirmed | TalentPoolStatus.Declined;
  @ApiProperty({ description: 'CONFIRMED: the recommendation (推荐意见); DECLINED: why' }) @IsPlainText(2000) recommendation!: string;
}

export class TalentPoolEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cadreId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() homeUnit!: string;
  @ApiProperty() position!: string;
  @ApiProperty({ description: 'finalized rounds graded Excellent' }) excellentRounds!: number;
  @ApiProperty({ description: 'Excellent in two or more rounds: listed first' }) priority!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'of the newest finalized round' }) latestTotal!: number | null;
  @ApiProperty({ enum: Grade, enumName: 'Grade', nullable: true }) latestGrade!: Grade | null;
  @ApiProperty({ enum: TalentPoolStatus, enumName: 'TalentPoolStatus' }) status!: TalentPoolStatus;
  @ApiProperty({ type: String, nullable: true }) recommendation!: string | null;
  @ApiProperty() version!: number;
}

export class TalentPoolPage {
  @ApiProperty({ type: [TalentPoolEntryResponse] }) items!: TalentPoolEntryResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
