import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type DossierSnapshot,
  Grade,
  GRADE_LABELS,
  INCENTIVE_MEASURES,
  type Rating,
  RATINGS,
  ROUND_TYPE_LABELS,
  ScoreSource,
  SECONDMENT_CATEGORY,
  type SnapshotCertificate,
  tallyBallots,
  toPoints,
} from '@app/domain';
import { AssessmentScoring } from '../assessments/assessment-scoring';
import type { Assessment } from '../assessments/assessment.entity';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { BallotsRepository } from '../ballots/ballots.repository';
import { MutualEvaluationsRepository } from '../mutual-evaluations/mutual-evaluations.repository';
import type { AssessmentRound } from './assessment-round.entity';

/** Rows per INSERT when a whole round is written. */
const CHUNK = 1000;

/** What finalization writes besides the grades. */
export interface DossierWrite {
  entries: number;
  incentivesProposed: number;
  talentPoolProposed: number;
}

/**
 * The growth dossier's side of finalization (纪实化, 激励化): a snapshot of each
 * finalized assessment, and the incentive and talent-pool proposals for the Excellent.
 * Snapshots are read before the finalizing transaction (a round's inputs are locked
 * from calibration on, so they cannot change in between) and written inside it.
 */
@Injectable()
export class DossierWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scoring: AssessmentScoring,
    private readonly assessments: AssessmentsRepository,
    private readonly ballots: BallotsRepository,
    private readonly mutual: MutualEvaluationsRepository,
  ) {}

  /** The snapshot of each assessment as it stands, with its stored grade, rank and total. */
  async snapshots(round: AssessmentRound, assessments: Assessment[], finalizedAt: Date): Promise<Map<string, DossierSnapshot>> {
    const ids = assessments.map((a) => a.id);
    const [results, scores, ballots, mutual, certificates, interviews, secondments] = await Promise.all([
      this.scoring.scoreAll(round, assessments),
      this.assessments.scoresOf(ids),
      this.ballots.latestClosed(ids),
      this.mutual.tallies(ids),
      this.certificatesOf(ids),
      this.interviewsOf(ids),
      this.secondmentsOf(ids),
    ]);
    const snapshots = new Map<string, DossierSnapshot>();
    for (const a of assessments) {
      const result = results.get(a.id);
      const entered = scores.get(a.id) ?? [];
      const secondment = secondments.get(a.id);
      if (!result || !secondment) continue;
      const comment = (code: string) => entered.find((s) => s.subItemCode === code)?.comment ?? null;
      const ballot = ballots.get(a.id);
      const tally = ballot ? tallyBallots(ballot.expectedVoters, ballot.counts, round.minParticipationPercent) : null;
      const mutualTally = mutual.get(a.id);
      snapshots.set(a.id, {
        round: { id: round.id, name: round.name, type: round.type, typeLabel: ROUND_TYPE_LABELS[round.type], periodStart: round.periodStart, periodEnd: round.periodEnd },
        secondment: { ...secondment, category: a.category, categoryLabel: SECONDMENT_CATEGORY.label(a.category) },
        subItems: result.subItems.map((s) => ({
          code: s.code,
          name: s.name,
          maxPoints: toPoints(s.maxPoints),
          points: s.points === null ? null : toPoints(s.points),
          sources: s.sources,
          explanation: s.explanation,
          comment: comment(s.code),
        })),
        items: result.items.map((i) => ({ code: i.code, name: i.name, maxPoints: toPoints(i.maxPoints), points: i.points === null ? null : toPoints(i.points) })),
        total: a.total === null ? null : toPoints(a.total),
        rank: a.rank,
        grade: a.grade,
        gradeLabel: a.grade ? GRADE_LABELS[a.grade] : null,
        notGradedReason: a.notGradedReason,
        vetoReason: a.veto ? a.vetoReason : null,
        overrideReason: a.gradeOverride ? a.overrideReason : null,
        hostUnitOpinion: entered.find((s) => s.source === ScoreSource.HostUnit)?.comment ?? null,
        ballots: tally ? { expectedVoters: tally.expectedVoters, cast: tally.cast, counts: tally.counts } : null,
        certificates: certificates.get(a.id) ?? [],
        interviews: interviews.get(a.id) ?? [],
        mutualEvaluation: mutualTally ? { counts: Object.fromEntries(RATINGS.map((r) => [r, mutualTally[r] ?? 0])) as Record<Rating, number> } : null,
        leaderComment: round.leaderComment,
        finalizedAt: finalizedAt.toISOString(),
      });
    }
    return snapshots;
  }

  /**
   * In the finalizing transaction: one dossier entry per snapshot (superseding the
   * given earlier entry, after a reopening), and for each Excellent an incentive
   * proposal and, the first time, a talent-pool proposal.
   */
  async append(manager: EntityManager, round: AssessmentRound, rows: { assessment: Assessment; snapshot: DossierSnapshot; supersedesId?: string }[]): Promise<DossierWrite> {
    let incentivesProposed = 0;
    let talentPoolProposed = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await manager.query(
        `INSERT INTO dossier_entry (cadre_id, secondment_id, assessment_id, round_id, supersedes_id, snapshot)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::jsonb[])`,
        [
          chunk.map((r) => r.assessment.cadreId),
          chunk.map((r) => r.assessment.secondmentId),
          chunk.map((r) => r.assessment.id),
          chunk.map(() => round.id),
          chunk.map((r) => r.supersedesId ?? null),
          chunk.map((r) => JSON.stringify(r.snapshot)),
        ],
      );
      const excellent = chunk.filter((r) => r.snapshot.grade === Grade.Excellent).map((r) => r.assessment);
      if (excellent.length === 0) continue;
      const incentives: unknown[] = await manager.query(
        `INSERT INTO incentive (assessment_id, cadre_id, round_id, proposed_measure)
         SELECT *, $4 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[])
         ON CONFLICT (assessment_id) DO NOTHING RETURNING id`,
        [excellent.map((a) => a.id), excellent.map((a) => a.cadreId), excellent.map(() => round.id), INCENTIVE_MEASURES[round.type]],
      );
      incentivesProposed += incentives.length;
      const proposed: unknown[] = await manager.query(
        `INSERT INTO talent_pool_entry (cadre_id) SELECT DISTINCT unnest($1::uuid[]) ON CONFLICT (cadre_id) DO NOTHING RETURNING id`,
        [excellent.map((a) => a.cadreId)],
      );
      talentPoolProposed += proposed.length;
    }
    return { entries: rows.length, incentivesProposed, talentPoolProposed };
  }

  /** The entry of this assessment nothing supersedes yet, if any. */
  async currentEntryId(manager: EntityManager, assessmentId: string): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `SELECT e.id FROM dossier_entry e
        WHERE e.assessment_id = $1 AND NOT EXISTS (SELECT 1 FROM dossier_entry n WHERE n.supersedes_id = e.id)`,
      [assessmentId],
    );
    return rows[0]?.id;
  }

  private async certificatesOf(ids: string[]): Promise<Map<string, SnapshotCertificate[]>> {
    const rows: (SnapshotCertificate & { assessmentId: string })[] = await this.dataSource.query(
      `SELECT c.assessment_id AS "assessmentId", u.name AS certifier, c.projects_signed AS "projectsSigned", c.projects_landed AS "projectsLanded",
              c.contracted_investment::float8 AS "contractedInvestment", c.funds_in_place::float8 AS "fundsInPlace", c.appraisal, c.rating
         FROM certificate c JOIN unit u ON u.id = c.certifier_unit_id
        WHERE c.assessment_id = ANY($1::uuid[]) ORDER BY u.name`,
      [ids],
    );
    return groupBy(rows, ({ assessmentId, ...certificate }) => [assessmentId, certificate]);
  }

  private async interviewsOf(ids: string[]): Promise<Map<string, DossierSnapshot['interviews']>> {
    const rows: (DossierSnapshot['interviews'][number] & { assessmentId: string })[] = await this.dataSource.query(
      `SELECT assessment_id AS "assessmentId", interviewee_organization AS organization, interviewee_role AS role, to_char(date, 'YYYY-MM-DD') AS date, rating, notes
         FROM service_interview WHERE assessment_id = ANY($1::uuid[]) ORDER BY date, created_at`,
      [ids],
    );
    return groupBy(rows, ({ assessmentId, ...interview }) => [assessmentId, interview]);
  }

  private async secondmentsOf(ids: string[]): Promise<Map<string, { id: string; hostUnit: string; post: string; groupLabel: string | null }>> {
    const rows: { assessmentId: string; id: string; hostUnit: string; post: string; groupLabel: string | null }[] = await this.dataSource.query(
      `SELECT a.id AS "assessmentId", s.id, u.name AS "hostUnit", s.post, s.group_label AS "groupLabel"
         FROM assessment a JOIN secondment s ON s.id = a.secondment_id JOIN unit u ON u.id = a.host_unit_id
        WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map(({ assessmentId, ...secondment }) => [assessmentId, secondment]));
  }
}

function groupBy<R, V>(rows: readonly R[], split: (row: R) => [string, V]): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const [key, value] = split(row);
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  return groups;
}
