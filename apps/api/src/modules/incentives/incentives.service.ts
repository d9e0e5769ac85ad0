import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { containsPattern, updateAtVersion } from '@app/database';
import { DomainError, INCENTIVE_STATUS_LABELS, IncentiveStatus, TALENT_POOL_PRIORITY_ROUNDS, TALENT_POOL_STATUS_LABELS, TalentPoolStatus, toPoints } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import type { Page } from '../../common/paging/page';
import { AuditService } from '../audit/audit.service';
import type { DecideIncentiveDto, DecideTalentPoolDto, ExemplarDto, IncentiveResponse, TalentPoolEntryResponse, TalentPoolQueryDto } from './dto/incentive.dto';
import { Incentive, TalentPoolEntry } from './incentive.entities';

/**
 * 激励化: the incentives proposed for the Excellent of each finalized round, and the
 * talent pool (储备人才备选). The proposals are written by finalization; here org
 * staff decide them and leaders read them.
 */
@Injectable()
export class IncentivesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async listForRound(roundId: string): Promise<IncentiveResponse[]> {
    return this.responses('i.round_id = $1', [roundId]);
  }

  async decide(actor: SignedInActor, id: string, dto: DecideIncentiveDto): Promise<IncentiveResponse> {
    const incentive = await this.incentive(id);
    if (incentive.status !== IncentiveStatus.Proposed) throw DomainError.conflict(`the incentive is already ${incentive.status}`, `该激励事项已审定（${INCENTIVE_STATUS_LABELS[incentive.status]}），不能重复审定`);
    if (dto.measure !== undefined && dto.outcome !== IncentiveStatus.Confirmed) throw DomainError.invalidInput('measure', 'only a confirmed incentive takes an amended measure', '只有决定“落实”时才能调整激励措施');
    const measure = dto.outcome === IncentiveStatus.Confirmed ? (dto.measure ?? incentive.proposedMeasure) : null;
    await this.dataSource.transaction(async (manager) => {
      const changed = await updateAtVersion(manager, Incentive, id, dto.version, { status: dto.outcome, measure, note: dto.note, decidedBy: actor.user.userId, decidedAt: new Date() });
      if (!changed) throw DomainError.versionConflict('incentive', id);
      await this.audit.record(manager, actor, {
        action: `incentive.${dto.outcome.toLowerCase()}`,
        targetType: 'assessment',
        targetId: incentive.assessmentId,
        after: { incentiveId: id, measure, amended: dto.measure !== undefined, note: dto.note },
      });
    });
    return this.one(id);
  }

  /** Flags (or unflags) a confirmed incentive's cadre as an exemplar (示范标杆), with the citation. */
  async exemplar(actor: SignedInActor, id: string, dto: ExemplarDto): Promise<IncentiveResponse> {
    const incentive = await this.incentive(id);
    if (incentive.status !== IncentiveStatus.Confirmed) throw DomainError.conflict('only a confirmed incentive makes an exemplar', '只有已落实的激励事项才能设为示范标杆');
    const citation = dto.exemplar ? (dto.citation as string) : null;
    await this.dataSource.transaction(async (manager) => {
      if (!(await updateAtVersion(manager, Incentive, id, dto.version, { exemplar: dto.exemplar, exemplarCitation: citation }))) throw DomainError.versionConflict('incentive', id);
      await this.audit.record(manager, actor, { action: 'incentive.exemplar', targetType: 'assessment', targetId: incentive.assessmentId, after: { incentiveId: id, exemplar: dto.exemplar, citation } });
    });
    return this.one(id);
  }

  /** The pool, those Excellent in two or more rounds first. */
  talentPool(query: TalentPoolQueryDto): Promise<Page<TalentPoolEntryResponse>> {
    return this.talentPage(query);
  }

  private async talentPage(query: Pick<TalentPoolQueryDto, 'page' | 'pageSize'> & Partial<TalentPoolQueryDto>, onlyId?: string): Promise<Page<TalentPoolEntryResponse>> {
    const rows: (Omit<TalentPoolEntryResponse, 'priority' | 'latestTotal'> & { latestTotal: number | null; total: string })[] = await this.dataSource.query(
      `WITH graded AS (
         SELECT a.cadre_id,
                count(*) FILTER (WHERE a.grade = 'EXCELLENT')::int AS excellent_rounds,
                (array_agg(a.total ORDER BY r.finalized_at DESC))[1] AS latest_total,
                (array_agg(a.grade ORDER BY r.finalized_at DESC))[1] AS latest_grade
           FROM assessment a JOIN assessment_round r ON r.id = a.round_id
          WHERE r.status = 'FINALIZED' AND a.cadre_id IN (SELECT cadre_id FROM talent_pool_entry)
          GROUP BY a.cadre_id)
       SELECT t.id, t.cadre_id AS "cadreId", c.name, u.name AS "homeUnit", c.position, coalesce(g.excellent_rounds, 0) AS "excellentRounds",
              g.latest_total AS "latestTotal", g.latest_grade AS "latestGrade", t.status, t.recommendation, t.version, count(*) OVER () AS total
         FROM talent_pool_entry t
         JOIN cadre c ON c.id = t.cadre_id
         JOIN unit u ON u.id = c.home_unit_id
         LEFT JOIN graded g ON g.cadre_id = t.cadre_id
        WHERE ($1::text IS NULL OR t.status::text = $1)
          AND ($2::text IS NULL OR c.name ILIKE $2 OR u.name ILIKE $2)
          AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM secondment s WHERE s.cadre_id = t.cadre_id AND s.category::text = $3))
          AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM secondment s WHERE s.cadre_id = t.cadre_id AND s.batch_id = $4))
          AND coalesce(g.excellent_rounds, 0) >= $5
          AND ($9::uuid IS NULL OR t.id = $9)
        ORDER BY coalesce(g.excellent_rounds, 0) >= $6 DESC, coalesce(g.excellent_rounds, 0) DESC, g.latest_total DESC NULLS LAST, c.name, t.id
        LIMIT $7 OFFSET $8`,
      [
        query.status ?? null,
        query.q ? containsPattern(query.q) : null,
        query.category ?? null,
        query.batchId ?? null,
        query.minExcellentRounds ?? 0,
        TALENT_POOL_PRIORITY_ROUNDS,
        query.pageSize,
        (query.page - 1) * query.pageSize,
        onlyId ?? null,
      ],
    );
    return {
      items: rows.map(({ total: _total, latestTotal, ...row }) => ({
        ...row,
        latestTotal: latestTotal === null ? null : toPoints(latestTotal),
        priority: row.excellentRounds >= TALENT_POOL_PRIORITY_ROUNDS,
      })),
      total: rows.length > 0 ? Number(rows[0].total) : 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async decideTalent(actor: SignedInActor, id: string, dto: DecideTalentPoolDto): Promise<TalentPoolEntryResponse> {
    const entry = await this.dataSource.getRepository(TalentPoolEntry).findOneBy({ id });
    if (!entry) throw DomainError.notFound('talent-pool entry', id);
    if (entry.status !== TalentPoolStatus.Proposed) throw DomainError.conflict(`the entry is already ${entry.status}`, `该储备人才提名已审定（${TALENT_POOL_STATUS_LABELS[entry.status]}），不能重复审定`);
    await this.dataSource.transaction(async (manager) => {
      const changed = await updateAtVersion(manager, TalentPoolEntry, id, dto.version, { status: dto.outcome, recommendation: dto.recommendation, decidedBy: actor.user.userId, decidedAt: new Date() });
      if (!changed) throw DomainError.versionConflict('talent-pool entry', id);
      await this.audit.record(manager, actor, { action: `talent_pool.${dto.outcome.toLowerCase()}`, targetType: 'cadre', targetId: entry.cadreId, after: { entryId: id, recommendation: dto.recommendation } });
    });
    return (await this.talentPage({ page: 1, pageSize: 1 }, id)).items[0];
  }

  private async incentive(id: string): Promise<Incentive> {
    const incentive = await this.dataSource.getRepository(Incentive).findOneBy({ id });
    if (!incentive) throw DomainError.notFound('incentive', id);
    return incentive;
  }

  private async one(id: string): Promise<IncentiveResponse> {
    const [response] = await this.responses('i.id = $1', [id]);
    if (!response) throw DomainError.notFound('incentive', id);
    return response;
  }

  private async responses(where: string, params: unknown[]): Promise<IncentiveResponse[]> {
    const rows: (Omit<IncentiveResponse, 'decidedAt' | 'total'> & { decidedAt: Date | null; total: number | null })[] = await this.dataSource.query(
      `SELECT i.id, i.assessment_id AS "assessmentId", i.cadre_id AS "cadreId", c.name AS "cadreName", host.name AS "hostUnit", i.round_id AS "roundId",
              a.total, a.rank, i.proposed_measure AS "proposedMeasure", i.measure, i.status, i.note, i.exemplar, i.exemplar_citation AS "exemplarCitation",
              i.decided_at AS "decidedAt", i.version
         FROM incentive i JOIN assessment a ON a.id = i.assessment_id JOIN cadre c ON c.id = i.cadre_id JOIN unit host ON host.id = a.host_unit_id
        WHERE ${where}
        ORDER BY a.rank NULLS LAST, c.name`,
      params,
    );
    return rows.map((r) => ({ ...r, total: r.total === null ? null : toPoints(r.total), decidedAt: r.decidedAt?.toISOString() ?? null }));
  }
}
