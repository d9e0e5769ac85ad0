import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';
import { Rating, toPoints } from '@app/domain';
import { IsDecimal, IsOptionalNotNull, IsPlainText } from '../../../common/validation/decorators';
import type { Certificate } from '../certificate.entities';

export class SetCertifiersDto {
  @ApiProperty({ type: [String], description: 'units of type CERTIFIER (市专班, 区商务局)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsUUID('all', { each: true })
  unitIds!: string[];
}

export class IssueCertificateDto {
  @ApiPropertyOptional({ description: 'to revise an issued certificate: its version last read' }) @IsOptionalNotNull() @IsInt() @Min(1) version?: number;
  @ApiProperty({ example: 3, description: '签约项目' }) @IsInt() @Min(0) @Max(10_000) projectsSigned!: number;
  @ApiProperty({ example: 2, description: '落地项目' }) @IsInt() @Min(0) @Max(10_000) projectsLanded!: number;
  @ApiProperty({ example: 52000, description: '合同引资，万元' }) @IsDecimal() @Min(0) @Max(1e10) contractedInvestment!: number;
  @ApiProperty({ example: 18000.5, description: '到位资金，万元' }) @IsDecimal() @Min(0) @Max(1e10) fundsInPlace!: number;
  @ApiProperty({ example: '招商意识强，对接项目扎实' }) @IsPlainText(2000) appraisal!: string;
  @ApiProperty({ enum: Rating, enumName: 'Rating' }) @IsEnum(Rating) rating!: Rating;
}

export class CertificateResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ format: 'uuid' }) certifierUnitId!: string;
  @ApiProperty() projectsSigned!: number;
  @ApiProperty() projectsLanded!: number;
  @ApiProperty({ description: '万元' }) contractedInvestment!: number;
  @ApiProperty({ description: '万元' }) fundsInPlace!: number;
  @ApiProperty() appraisal!: string;
  @ApiProperty({ enum: Rating, enumName: 'Rating' }) rating!: Rating;
  @ApiProperty() version!: number;
  @ApiProperty() issuedAt!: string;
}

export function toCertificateResponse(c: Certificate): CertificateResponse {
  return {
    id: c.id,
    assessmentId: c.assessmentId,
    certifierUnitId: c.certifierUnitId,
    projectsSigned: c.projectsSigned,
    projectsLanded: c.projectsLanded,
    contractedInvestment: toPoints(Number(c.contractedInvestment)),
    fundsInPlace: toPoints(Number(c.fundsInPlace)),
    appraisal: c.appraisal,
    rating: c.rating,
    version: c.version,
    issuedAt: c.updatedAt.toISOString(),
  };
}
