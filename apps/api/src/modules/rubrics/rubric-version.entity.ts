import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '@app/database';
import type { RubricDefinition } from '@app/domain';

export enum RubricStatus {
  Draft = 'DRAFT',
  Published = 'PUBLISHED',
}

/**
 * One version of the 考评细则. The whole rubric (items, sub-items, thresholds, rating
 * weights, category variants) is one document, so a published version is a frozen
 * snapshot that rounds can point at; it never changes after publication.
 */
@Entity({ name: 'rubric_version' })
export class RubricVersion extends VersionedEntity {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'enum', enum: RubricStatus, enumName: 'rubric_status', default: RubricStatus.Draft })
  status!: RubricStatus;

  /** Points in hundredths, as libs/domain computes them. */
  @Column({ type: 'jsonb' })
  definition!: RubricDefinition;

  @Column({ type: 'uuid', nullable: true })
  basedOnId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedBy!: string | null;
}
