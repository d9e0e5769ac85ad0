import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { selectByIds, updateAtVersion } from '@app/database';
import { Ballot, type BallotChoice, BallotCode, BallotSession, BallotSessionStatus } from './ballot.entities';

export type ChoiceCounts = Partial<Record<BallotChoice, number>>;

@Injectable()
export class BallotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findSession(id: string, manager: EntityManager = this.dataSource.manager): Promise<BallotSession | null> {
    return manager.getRepository(BallotSession).findOneBy({ id });
  }

  /** An assessment's sessions, newest first. */
  sessionsOf(assessmentId: string): Promise<BallotSession[]> {
    return this.dataSource.getRepository(BallotSession).find({ where: { assessmentId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async hasOpenSession(manager: EntityManager, assessmentId: string): Promise<boolean> {
    return manager.getRepository(BallotSession).existsBy({ assessmentId, status: BallotSessionStatus.Open });
  }

  async insertSession(manager: EntityManager, assessmentId: string, expectedVoters: number, codeHashes: string[]): Promise<BallotSession> {
    const session = await manager.getRepository(BallotSession).save(manager.getRepository(BallotSession).create({ assessmentId, expectedVoters, closedAt: null }));
    await manager.getRepository(BallotCode).insert(codeHashes.map((codeHash) => ({ sessionId: session.id, codeHash, used: false })));
    return session;
  }

  /** The code (locked until commit) and whether its session still takes ballots. */
  async lockCode(manager: EntityManager, codeHash: string): Promise<{ codeId: string; sessionId: string; used: boolean; open: boolean } | undefined> {
    const rows: { codeId: string; sessionId: string; used: boolean; status: BallotSessionStatus }[] = await manager.query(
      `SELECT c.id AS "codeId", c.session_id AS "sessionId", c.used, s.status
         FROM ballot_code c JOIN ballot_session s ON s.id = c.session_id
        WHERE c.code_hash = $1
        FOR UPDATE OF c`,
      [codeHash],
    );
    const row = rows[0];
    return row && { codeId: row.codeId, sessionId: row.sessionId, used: row.used, open: row.status === BallotSessionStatus.Open };
  }

  async castBallot(manager: EntityManager, codeId: string, sessionId: string, choice: BallotChoice): Promise<void> {
    await manager.update(BallotCode, { id: codeId }, { used: true });
    await manager.insert(Ballot, { sessionId, choice });
  }

  async counts(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<ChoiceCounts> {
    const rows: { choice: BallotChoice; n: number }[] = await manager.query(
      'SELECT choice, count(*)::int AS n FROM ballot WHERE session_id = $1 GROUP BY choice',
      [sessionId],
    );
    return Object.fromEntries(rows.map((r) => [r.choice, r.n]));
  }

  /** For each assessment, its latest closed session with the counts of its ballots: one query. */
  async latestClosed(assessmentIds: string[]): Promise<Map<string, { expectedVoters: number; counts: ChoiceCounts }>> {
    const result = new Map<string, { expectedVoters: number; counts: ChoiceCounts }>();
    if (assessmentIds.length === 0) return result;
    const rows = await selectByIds<{ assessment_id: string; expected_voters: number; choice: BallotChoice | null; n: number }>(
      this.dataSource,
      assessmentIds,
      (matches) => `WITH latest AS (
         SELECT DISTINCT ON (assessment_id) id, assessment_id, expected_voters
           FROM ballot_session WHERE assessment_id ${matches} AND status = 'CLOSED'
          ORDER BY assessment_id, closed_at DESC)
       SELECT l.assessment_id, l.expected_voters, b.choice, count(b.id)::int AS n
         FROM latest l LEFT JOIN ballot b ON b.session_id = l.id
        GROUP BY l.assessment_id, l.expected_voters, b.choice`,
    );
    for (const row of rows) {
      const entry = result.get(row.assessment_id) ?? { expectedVoters: row.expected_voters, counts: {} };
      if (row.choice) entry.counts[row.choice] = row.n;
      result.set(row.assessment_id, entry);
    }
    return result;
  }

  close(manager: EntityManager, session: BallotSession): Promise<boolean> {
    return updateAtVersion(manager, BallotSession, session.id, session.version, { status: BallotSessionStatus.Closed, closedAt: new Date() });
  }
}
