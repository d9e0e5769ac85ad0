import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsObject, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { AppraisalAspect, type AppraisalSection, type DossierSnapshot, EvidenceType, Grade, IncentiveStatus, SecondmentCategory, TalentPoolStatus } from '@app/domain';
import { IsPlainText } from '../../../common/validation/decorators';
import { CadreResponse } from '../../cadres/dto/cadre-response.dto';
import { AppraisalStatus, MATERIAL_KIND_LABELS, MaterialKind } from '../dossier.entities';
import type { AppraisalView, DossierEntryView, MaterialView } from '../dossiers.repository';

export class DossierSummaryResponse {
  @ApiProperty({ format: 'uuid' }) cadreId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() homeUnit!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the newest secondment the caller may see' }) hostUnit!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '基层一线' }) category!: string | null;
  @ApiProperty({ type: String, nullable: true }) batch!: string | null;
  @ApiProperty({ description: 'finalized rounds graded Excellent' }) excellentRounds!: number;
  @ApiProperty({ enum: Grade, enumName: 'Grade', nullable: true, description: 'of the newest finalized round' }) latestGrade!: Grade | null;
}

export class DossierSummaryPage {
  @ApiProperty({ type: [DossierSummaryResponse] }) items!: DossierSummaryResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class DossierEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ format: 'uuid' }) secondmentId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the entry this one replaces after a reopening' }) supersedesId!: string | null;
  @ApiProperty({ description: 'false once a newer entry of the same assessment supersedes it' }) current!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'round, category, the 13 sub-item scores, total, rank, grade, opinions, certificates or interviews, as at finalization' })
  snapshot!: DossierSnapshot;
}

export function toDossierEntryResponse(entry: DossierEntryView, superseded: ReadonlySet<string>): DossierEntryResponse {
  return {
    id: entry.id,
    assessmentId: entry.assessmentId,
    secondmentId: entry.secondmentId,
    supersedesId: entry.supersedesId,
    current: !superseded.has(entry.id),
    createdAt: entry.createdAt.toISOString(),
    snapshot: entry.snapshot,
  };
}

export class MaterialQueryDto {
  @ApiProperty({ format: 'uuid', description: 'the secondment the material belongs to' }) @IsUUID() secondmentId!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'the assessment after which it was collected' }) @IsOptional() @IsUUID() assessmentId?: string;
  @ApiProperty({ enum: MaterialKind, enumName: 'MaterialKind' }) @IsEnum(MaterialKind) kind!: MaterialKind;
  @ApiProperty({ example: '2023年第三季度工作纪实汇总' }) @IsPlainText(500) description!: string;
}

export class MaterialResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) secondmentId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assessmentId!: string | null;
  @ApiProperty({ enum: MaterialKind, enumName: 'MaterialKind' }) kind!: MaterialKind;
  @ApiProperty({ example: '照片' }) kindLabel!: string;
  @ApiProperty() description!: string;
  @ApiProperty() filename!: string;
  @ApiProperty({ enum: EvidenceType, enumName: 'EvidenceType', description: 'recognized from the content' }) type!: EvidenceType;
  @ApiProperty() size!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty() uploadedAt!: string;
}

export function toMaterialResponse(m: MaterialView): MaterialResponse {
  return {
    id: m.id,
    secondmentId: m.secondmentId,
    assessmentId: m.assessmentId,
    kind: m.kind,
    kindLabel: MATERIAL_KIND_LABELS[m.kind],
    description: m.description,
    filename: m.filename,
    type: m.type,
    size: m.size,
    sha256: m.sha256,
    uploadedAt: m.uploadedAt.toISOString(),
  };
}

export class AppraisalSectionDto {
  @ApiProperty({ enum: AppraisalAspect, enumName: 'AppraisalAspect' }) aspect!: AppraisalAspect;
  @ApiProperty({ example: '思想政治素质' }) title!: string;
  @ApiProperty() text!: string;
}

export class AppraisalResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) secondmentId!: string;
  @ApiProperty({ format: 'uuid' }) cadreId!: string;
  @ApiProperty({ enum: AppraisalStatus, enumName: 'AppraisalStatus' }) status!: AppraisalStatus;
  @ApiProperty({ example: '草稿' }) statusLabel!: string;
  @ApiProperty({ type: [AppraisalSectionDto] }) sections!: AppraisalSection[];
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'when it was composed' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) editedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) filedAt!: string | null;
}

const APPRAISAL_STATUS_LABELS: Readonly<Record<AppraisalStatus, string>> = { [AppraisalStatus.Draft]: '草稿', [AppraisalStatus.Filed]: '已归档' };

export function toAppraisalResponse(a: AppraisalView): AppraisalResponse {
  return {
    id: a.id,
    secondmentId: a.secondmentId,
    cadreId: a.cadreId,
    status: a.status,
    statusLabel: APPRAISAL_STATUS_LABELS[a.status],
    sections: a.sections,
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    editedAt: a.editedAt?.toISOString() ?? null,
    filedAt: a.filedAt?.toISOString() ?? null,
  };
}

export class SectionEditDto {
  @ApiProperty({ enum: AppraisalAspect, enumName: 'AppraisalAspect' }) @IsEnum(AppraisalAspect) aspect!: AppraisalAspect;
  @ApiProperty() @IsPlainText(2000) text!: string;
}

export class EditAppraisalDto {
  @ApiProperty({ description: 'the version last read; a stale one answers 409' }) @IsInt() @Min(1) version!: number;
  @ApiProperty({ type: [SectionEditDto], description: 'the sections to rewrite; the others stay as they are' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SectionEditDto)
  sections!: SectionEditDto[];
}

export class VersionDto {
  @ApiProperty({ description: 'the version last read; a stale one answers 409' }) @IsInt() @Min(1) version!: number;
}

export class DossierResultResponse {
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() round!: string;
  @ApiProperty({ example: '专项考核' }) roundType!: string;
  @ApiProperty({ format: 'uuid' }) secondmentId!: string;
  @ApiProperty({ enum: SecondmentCategory, enumName: 'SecondmentCategory' }) category!: SecondmentCategory;
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ type: Number, nullable: true }) rank!: number | null;
  @ApiProperty({ enum: Grade, enumName: 'Grade', nullable: true }) grade!: Grade | null;
  @ApiProperty() finalizedAt!: string;
}

export class DossierIncentiveResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty() round!: string;
  @ApiProperty({ enum: IncentiveStatus, enumName: 'IncentiveStatus' }) status!: IncentiveStatus;
  @ApiProperty({ description: 'as decided, or as proposed while undecided' }) measure!: string;
  @ApiProperty() exemplar!: boolean;
  @ApiProperty({ type: String, nullable: true }) exemplarCitation!: string | null;
}

export class DossierTalentPoolResponse {
  @ApiProperty({ enum: TalentPoolStatus, enumName: 'TalentPoolStatus' }) status!: TalentPoolStatus;
  @ApiProperty({ type: String, nullable: true }) recommendation!: string | null;
}

export class DossierResponse {
  @ApiProperty({ type: CadreResponse, description: 'with the secondments the caller may see' }) profile!: CadreResponse;
  @ApiProperty({ type: [DossierResultResponse], description: 'finalized results, newest first' }) results!: DossierResultResponse[];
  @ApiProperty({ type: [DossierEntryResponse], description: 'growth-dossier entries, oldest first' }) entries!: DossierEntryResponse[];
  @ApiProperty({ type: [AppraisalResponse] }) appraisals!: AppraisalResponse[];
  @ApiProperty({ type: [MaterialResponse], description: 'metadata; download each at /api/dossiers/{cadreId}/materials/{id}' }) materials!: MaterialResponse[];
  @ApiProperty({ type: [DossierIncentiveResponse], description: 'all for the organization department and leaders; the confirmed ones for others' })
  incentives!: DossierIncentiveResponse[];
  @ApiProperty({ type: DossierTalentPoolResponse, nullable: true, description: 'the organization department and leaders only' })
  talentPool!: DossierTalentPoolResponse | null;
}
