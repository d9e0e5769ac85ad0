import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { selectRows, updateAtVersion } from '@app/database';
import { type Education, type Gender, type Grade, IncentiveStatus, type PoliticalStatus, ROUND_TYPE_LABELS, type RoundType, type SecondmentCategory, toPoints } from '@app/domain';
import { assessmentScopeSql, type ObjectScope, secondmentScopeSql } from '../../common/auth/object-scope';
import { Incentive, TalentPoolEntry } from '../incentives/incentive.entities';
import { ComprehensiveAppraisal, DossierEntry, DossierMaterial } from './dossier.entities';
import type { DossierIncentiveResponse, DossierResultResponse } from './dto/dossier.dto';

/** The dossier lookup's rows: the columns its responses read. */
export type DossierEntryView = Pick<DossierEntry, 'id' | 'assessmentId' | 'secondmentId' | 'supersedesId' | 'snapshot' | 'createdAt'>;
export type AppraisalView = Pick<ComprehensiveAppraisal, 'id' | 'secondmentId' | 'cadreId' | 'status' | 'sections' | 'version' | 'createdAt' | 'editedAt' | 'filedAt'>;
export type MaterialView = Pick<DossierMaterial, 'id' | 'secondmentId' | 'assessmentId' | 'kind' | 'description' | 'filename' | 'type' | 'size' | 'sha256' | 'uploadedAt'>;

/** What a secondment's appraisal says of the cadre and the post, as stored. */
export interface SecondmentFacts {
  cadreId: string;
  name: string;
  gender: Gender;
  birthDate: string;
  politicalStatus: PoliticalStatus;
  education: Education;
  position: string;
  rank: string | null;
  homeUnit: string;
  hostUnit: string;
  category: SecondmentCategory;
  post: string;
  startDate: string;
  endDate: string;
  groupLabel: string | null;
}

/**
 * The growth dossier's reads, each narrowed to what the caller may see: a host unit
 * reads what belongs to the secondments at its unit, a cadre their own.
 */
@Injectable()
export class DossiersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Entries of the cadre's visible secondments, oldest first. */
  entries(cadreId: string, scope: ObjectScope): Promise<DossierEntryView[]> {
    const visible = secondmentScopeSql(scope, 's');
    return selectRows(
      this.dataSource,
      `SELECT e.id, e.assessment_id AS "assessmentId", e.secondment_id AS "secondmentId", e.supersedes_id AS "supersedesId", e.snapshot, e.created_at AS "createdAt"
         FROM dossier_entry e JOIN secondment s ON s.id = e.secondment_id
        WHERE e.cadre_id = :cadreId AND ${visible.sql}
        ORDER BY e.created_at, e.id`,
      { ...visible.params, cadreId },
    );
  }

  async secondmentFacts(secondmentId: string, manager: EntityManager): Promise<SecondmentFacts | undefined> {
    const rows: SecondmentFacts[] = await manager.query(
      `SELECT s.cadre_id AS "cadreId", c.name, c.gender, to_char(c.birth_date, 'YYYY-MM-DD') AS "birthDate", c.political_status AS "politicalStatus", c.education,
              c.position, c.rank, home.name AS "homeUnit", host.name AS "hostUnit", s.category, s.post,
              to_char(s.start_date, 'YYYY-MM-DD') AS "startDate", to_char(s.end_date, 'YYYY-MM-DD') AS "endDate", s.group_label AS "groupLabel"
         FROM secondment s JOIN cadre c ON c.id = s.cadre_id JOIN unit home ON home.id = c.home_unit_id JOIN unit host ON host.id = s.host_unit_id
        WHERE s.id = $1`,
      [secondmentId],
    );
    return rows[0];
  }

  /** Entries of one secondment nothing supersedes: what its appraisal is composed from. */
  currentEntriesOf(secondmentId: string, manager: EntityManager = this.dataSource.manager): Promise<DossierEntry[]> {
    return manager
      .getRepository(DossierEntry)
      .createQueryBuilder('e')
      .where('e.secondment_id = :secondmentId', { secondmentId })
      .andWhere('NOT EXISTS (SELECT 1 FROM dossier_entry n WHERE n.supersedes_id = e.id)')
      .getMany();
  }

  /** Finalized results of the cadre the caller may see, newest first. */
  async results(cadreId: string, scope: ObjectScope): Promise<DossierResultResponse[]> {
    const visible = assessmentScopeSql(scope, 'a');
    const rows = await selectRows<{ assessmentId: string; roundId: string; round: string; roundType: RoundType; secondmentId: string; category: SecondmentCategory; total: number | null; rank: number | null; grade: Grade | null; finalizedAt: Date }>(
      this.dataSource,
      `SELECT a.id AS "assessmentId", r.id AS "roundId", r.name AS round, r.type AS "roundType", a.secondment_id AS "secondmentId", a.category,
              a.total, a.rank, a.grade, r.finalized_at AS "finalizedAt"
         FROM assessment a JOIN assessment_round r ON r.id = a.round_id
        WHERE a.cadre_id = :cadreId AND r.status = 'FINALIZED' AND ${visible.sql}
        ORDER BY r.finalized_at DESC`,
      { ...visible.params, cadreId },
    );
    return rows.map((r) => ({
      ...r,
      roundType: ROUND_TYPE_LABELS[r.roundType],
      total: r.total === null ? null : toPoints(r.total),
      finalizedAt: r.finalizedAt.toISOString(),
    }));
  }

  appraisals(cadreId: string, scope: ObjectScope): Promise<AppraisalView[]> {
    const visible = secondmentScopeSql(scope, 's');
    return selectRows(
      this.dataSource,
      `SELECT p.id, p.secondment_id AS "secondmentId", p.cadre_id AS "cadreId", p.status, p.sections, p.version,
              p.created_at AS "createdAt", p.edited_at AS "editedAt", p.filed_at AS "filedAt"
         FROM comprehensive_appraisal p JOIN secondment s ON s.id = p.secondment_id
        WHERE p.cadre_id = :cadreId AND ${visible.sql}
        ORDER BY p.created_at`,
      { ...visible.params, cadreId },
    );
  }

  appraisalOf(secondmentId: string, scope: ObjectScope, manager: EntityManager = this.dataSource.manager): Promise<ComprehensiveAppraisal | null> {
    const visible = secondmentScopeSql(scope, 's');
    return manager
      .getRepository(ComprehensiveAppraisal)
      .createQueryBuilder('p')
      .innerJoin('secondment', 's', 's.id = p.secondment_id')
      .where('p.secondment_id = :secondmentId', { secondmentId })
      .andWhere(visible.sql, visible.params)
      .getOne();
  }

  updateAppraisal(manager: EntityManager, id: string, version: number, changes: Partial<ComprehensiveAppraisal>): Promise<boolean> {
    return updateAtVersion(manager, ComprehensiveAppraisal, id, version, changes);
  }

  materials(cadreId: string, scope: ObjectScope): Promise<MaterialView[]> {
    const visible = secondmentScopeSql(scope, 's');
    return selectRows(
      this.dataSource,
      `SELECT m.id, m.secondment_id AS "secondmentId", m.assessment_id AS "assessmentId", m.kind, m.description, m.filename, m.type, m.size, m.sha256,
              m.uploaded_at AS "uploadedAt"
         FROM dossier_material m JOIN secondment s ON s.id = m.secondment_id
        WHERE m.cadre_id = :cadreId AND ${visible.sql}
        ORDER BY m.uploaded_at`,
      { ...visible.params, cadreId },
    );
  }

  /** One material with its bytes, if the caller may see it. */
  material(cadreId: string, id: string, scope: ObjectScope): Promise<DossierMaterial | null> {
    return this.scopedMaterials(scope).addSelect('m.data').andWhere('m.cadre_id = :cadreId AND m.id = :id', { cadreId, id }).getOne();
  }

  private scopedMaterials(scope: ObjectScope) {
    const visible = secondmentScopeSql(scope, 's');
    return this.dataSource.getRepository(DossierMaterial).createQueryBuilder('m').innerJoin('secondment', 's', 's.id = m.secondment_id').where(visible.sql, visible.params);
  }

  /** Every incentive for the organization department and leaders; the confirmed ones of visible assessments for others. */
  incentives(cadreId: string, scope: ObjectScope): Promise<DossierIncentiveResponse[]> {
    const visible = assessmentScopeSql(scope, 'a');
    return selectRows(
      this.dataSource,
      `SELECT i.id, i.assessment_id AS "assessmentId", r.name AS round, i.status, coalesce(i.measure, i.proposed_measure) AS measure,
              i.exemplar, i.exemplar_citation AS "exemplarCitation"
         FROM incentive i JOIN assessment a ON a.id = i.assessment_id JOIN assessment_round r ON r.id = i.round_id
        WHERE i.cadre_id = :cadreId AND ${visible.sql} ${scope.kind === 'ALL' ? '' : 'AND i.status = :confirmed'}
        ORDER BY i.created_at`,
      { ...visible.params, cadreId, confirmed: IncentiveStatus.Confirmed },
    );
  }

  async secondmentOfAssessment(assessmentId: string): Promise<string | undefined> {
    const rows: { secondment_id: string }[] = await this.dataSource.query('SELECT secondment_id FROM assessment WHERE id = $1', [assessmentId]);
    return rows[0]?.secondment_id;
  }

  /** The cadre's place in the talent pool, for the dossier. */
  async talentPoolStanding(cadreId: string): Promise<Pick<TalentPoolEntry, 'status' | 'recommendation'> | null> {
    const rows = await selectRows<Pick<TalentPoolEntry, 'status' | 'recommendation'>>(
      this.dataSource,
      'SELECT status, recommendation FROM talent_pool_entry WHERE cadre_id = :cadreId',
      { cadreId },
    );
    return rows[0] ?? null;
  }

  talentPoolEntry(cadreId: string, manager: EntityManager = this.dataSource.manager): Promise<TalentPoolEntry | null> {
    return manager.getRepository(TalentPoolEntry).findOneBy({ cadreId });
  }

  /** For the search list: per cadre, finalized rounds graded Excellent and the newest grade, among visible assessments. */
  async gradeSummaries(cadreIds: string[], scope: ObjectScope): Promise<Map<string, { excellentRounds: number; latestGrade: Grade | null }>> {
    if (cadreIds.length === 0) return new Map();
    const visible = assessmentScopeSql(scope, 'a');
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('a.cadre_id', 'cadreId')
      .addSelect(`count(*) FILTER (WHERE a.grade = 'EXCELLENT')::int`, 'excellentRounds')
      .addSelect(`(array_agg(a.grade ORDER BY r.finalized_at DESC))[1]`, 'latestGrade')
      .from('assessment', 'a')
      .innerJoin('assessment_round', 'r', 'r.id = a.round_id')
      .where('a.cadre_id IN (:...cadreIds)', { cadreIds })
      .andWhere("r.status = 'FINALIZED'")
      .andWhere(visible.sql, visible.params)
      .groupBy('a.cadre_id')
      .getRawMany<{ cadreId: string; excellentRounds: number; latestGrade: Grade | null }>();
    return new Map(rows.map((r) => [r.cadreId, { excellentRounds: r.excellentRounds, latestGrade: r.latestGrade }]));
  }

  /** The facts of a secondment's appraisal that are counts: work records and performance entries by status. */
  async recordCounts(secondmentId: string, manager: EntityManager): Promise<{ workRecords: Record<string, number>; performance: Record<string, number> }> {
    const work: { status: string; n: number }[] = await manager.query('SELECT status, count(*)::int AS n FROM work_record WHERE secondment_id = $1 GROUP BY status', [secondmentId]);
    const performance: { status: string; n: number }[] = await manager.query('SELECT status, count(*)::int AS n FROM performance_entry WHERE secondment_id = $1 GROUP BY status', [secondmentId]);
    return { workRecords: Object.fromEntries(work.map((r) => [r.status, r.n])), performance: Object.fromEntries(performance.map((r) => [r.status, r.n])) };
  }

  /** Confirmed incentives of a secondment's assessments, with their round. */
  confirmedIncentivesOf(secondmentId: string, manager: EntityManager): Promise<Incentive[]> {
    return manager
      .getRepository(Incentive)
      .createQueryBuilder('i')
      .innerJoin('assessment', 'a', 'a.id = i.assessment_id')
      .innerJoinAndSelect('i.round', 'r')
      .where('a.secondment_id = :secondmentId', { secondmentId })
      .andWhere('i.status = :confirmed', { confirmed: IncentiveStatus.Confirmed })
      .orderBy('r.period_end', 'ASC')
      .getMany();
  }
}
