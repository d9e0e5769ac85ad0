import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { selectByIds, updateAtVersion } from '@app/database';
import type { Rating, RatingTally } from '@app/domain';
import { Certificate, RoundCertifier } from './certificate.entities';

export type CertificateFields = Pick<Certificate, 'projectsSigned' | 'projectsLanded' | 'contractedInvestment' | 'fundsInPlace' | 'appraisal' | 'rating'>;

@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async setCertifiers(manager: EntityManager, roundId: string, unitIds: string[]): Promise<void> {
    await manager.delete(RoundCertifier, { roundId });
    await manager.insert(RoundCertifier, unitIds.map((unitId) => ({ roundId, unitId })));
  }

  certifiersOf(roundId: string): Promise<RoundCertifier[]> {
    return this.dataSource.getRepository(RoundCertifier).findBy({ roundId });
  }

  findByAssessment(assessmentId: string, certifierUnitId?: string, manager: EntityManager = this.dataSource.manager): Promise<Certificate[]> {
    return manager.getRepository(Certificate).find({
      where: certifierUnitId ? { assessmentId, certifierUnitId } : { assessmentId },
      order: { createdAt: 'ASC' },
    });
  }

  insert(manager: EntityManager, fields: CertificateFields & Pick<Certificate, 'assessmentId' | 'certifierUnitId' | 'issuedBy'>): Promise<Certificate> {
    return manager.getRepository(Certificate).save(manager.getRepository(Certificate).create(fields));
  }

  revise(manager: EntityManager, id: string, version: number, fields: CertificateFields & Pick<Certificate, 'issuedBy'>): Promise<boolean> {
    return updateAtVersion(manager, Certificate, id, version, fields);
  }

  /** The issued ratings of each assessment, counted: one query for a whole round. */
  async tallies(assessmentIds: string[]): Promise<Map<string, RatingTally & { issued: number }>> {
    const result = new Map<string, RatingTally & { issued: number }>();
    if (assessmentIds.length === 0) return result;
    const rows = await selectByIds<{ assessment_id: string; rating: Rating; n: number }>(
      this.dataSource,
      assessmentIds,
      (matches) => `SELECT assessment_id, rating, count(*)::int AS n FROM certificate WHERE assessment_id ${matches} GROUP BY assessment_id, rating`,
    );
    for (const row of rows) {
      const entry = result.get(row.assessment_id) ?? { issued: 0 };
      result.set(row.assessment_id, { ...entry, [row.rating]: row.n, issued: entry.issued + row.n });
    }
    return result;
  }
}
