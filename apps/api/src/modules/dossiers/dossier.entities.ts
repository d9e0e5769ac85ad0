import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '@app/database';
import { type AppraisalSection, type DossierSnapshot, EvidenceType } from '@app/domain';
import { Assessment } from '../assessments/assessment.entity';
import { Cadre } from '../cadres/cadre.entity';
import { AssessmentRound } from '../rounds/assessment-round.entity';
import { Secondment } from '../secondments/secondment.entity';

/**
 * One finalized assessment in a cadre's growth dossier (成长档案). Written in the
 * finalization's transaction and never changed (a trigger refuses UPDATE and DELETE);
 * a reopened and refinalized assessment gets a new entry pointing at the one it
 * supersedes.
 */
@Entity({ name: 'dossier_entry' })
@Index(['cadreId', 'createdAt'])
export class DossierEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  cadreId!: string;

  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' })
  @JoinColumn()
  cadre?: Cadre;

  @Index()
  @Column({ type: 'uuid' })
  secondmentId!: string;

  @ManyToOne(() => Secondment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  secondment?: Secondment;

  @Index()
  @Column({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Index()
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => AssessmentRound, { onDelete: 'RESTRICT' })
  @JoinColumn()
  round?: AssessmentRound;

  /** The entry of the same assessment this one replaces, after a reopening. */
  @Index({ unique: true })
  @Column({ type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @OneToOne(() => DossierEntry, { onDelete: 'RESTRICT' })
  @JoinColumn()
  supersedes?: DossierEntry;

  @Column({ type: 'jsonb' })
  snapshot!: DossierSnapshot;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export enum MaterialKind {
  WorkRecordSummary = 'WORK_RECORD_SUMMARY',
  InterviewNotes = 'INTERVIEW_NOTES',
  CertificateScan = 'CERTIFICATE_SCAN',
  Photo = 'PHOTO',
  Other = 'OTHER',
}

export const MATERIAL_KIND_LABELS: Readonly<Record<MaterialKind, string>> = {
  [MaterialKind.WorkRecordSummary]: '工作纪实汇总',
  [MaterialKind.InterviewNotes]: '谈话记录',
  [MaterialKind.CertificateScan]: '证明材料扫描件',
  [MaterialKind.Photo]: '照片',
  [MaterialKind.Other]: '其他',
};

/**
 * A file org staff attach to a dossier after an assessment (历练材料). The bytes live in
 * the row, so a material is either wholly stored with its row or not at all.
 */
@Entity({ name: 'dossier_material' })
@Index(['cadreId', 'uploadedAt'])
export class DossierMaterial {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  cadreId!: string;

  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' })
  @JoinColumn()
  cadre?: Cadre;

  /** The secondment the material belongs to: a host unit sees the materials of its own. */
  @Index()
  @Column({ type: 'uuid' })
  secondmentId!: string;

  @ManyToOne(() => Secondment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  secondment?: Secondment;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  assessment?: Assessment;

  @Column({ type: 'enum', enum: MaterialKind, enumName: 'material_kind' })
  kind!: MaterialKind;

  @Column({ type: 'varchar', length: 500 })
  description!: string;

  @Column({ type: 'varchar', length: 255 })
  filename!: string;

  @Column({ type: 'enum', enum: EvidenceType, enumName: 'evidence_type' })
  type!: EvidenceType;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  data!: Buffer;

  @Column({ type: 'uuid' })
  uploadedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}

export enum AppraisalStatus {
  Draft = 'DRAFT',
  Filed = 'FILED',
}

/**
 * The comprehensive appraisal (综合鉴定) of a completed secondment: composed from the
 * data, edited by org staff while a DRAFT, immutable once FILED (a trigger refuses
 * changes to a filed row).
 */
@Entity({ name: 'comprehensive_appraisal' })
export class ComprehensiveAppraisal extends VersionedEntity {
  @Column({ type: 'uuid', unique: true })
  secondmentId!: string;

  @OneToOne(() => Secondment, { onDelete: 'RESTRICT' })
  @JoinColumn()
  secondment?: Secondment;

  @Index()
  @Column({ type: 'uuid' })
  cadreId!: string;

  @ManyToOne(() => Cadre, { onDelete: 'RESTRICT' })
  @JoinColumn()
  cadre?: Cadre;

  @Column({ type: 'enum', enum: AppraisalStatus, enumName: 'appraisal_status', default: AppraisalStatus.Draft })
  status!: AppraisalStatus;

  /** As composed, then as edited. */
  @Column({ type: 'jsonb' })
  sections!: AppraisalSection[];

  @Column({ type: 'uuid', nullable: true })
  editedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  filedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  filedAt!: Date | null;
}
