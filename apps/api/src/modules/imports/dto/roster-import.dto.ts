import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

export class RosterImportQueryDto {
  @ApiProperty({ format: 'uuid', description: 'the batch the roster belongs to' })
  @IsUUID()
  batchId!: string;

  @ApiPropertyOptional({ type: Boolean, description: 'validate only; store nothing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'], description: 'xlsx: on errors, answer the workbook with each error marked' })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  report?: 'json' | 'xlsx';
}

export class RosterImportSummaryDto {
  @ApiProperty({ format: 'uuid' }) batchId!: string;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() rows!: number;
  @ApiProperty() cadresCreated!: number;
  @ApiProperty({ description: 'rows whose national id was already registered (same name): a new secondment only' }) cadresReused!: number;
  @ApiProperty() secondmentsCreated!: number;
}
