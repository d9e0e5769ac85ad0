import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import multipart from '@fastify/multipart';
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { Pool, type PoolClient } from 'pg';
import { auditHash, GENESIS_HASH, nationalIdFacts, points, type RubricDefinition } from '@app/domain';
import { BASELINE_SQL, calibrationBoard, type ScoringRow, scoreRow, type ScoringRound } from './baseline-work';

/**
 * The bare baseline: Fastify and pg, no framework, no validation, no guards, running the
 * SQL the product runs for the same request (the session check included) or, where the
 * scenario says so, the plainest code that does the same work (one raw query, batched
 * inserts, exceljs on its own). Started by bench/run.ts as a process of its own, with the
 * product's pool size; prints `listening <port>`.
 */
const POOL_SIZE = 10;
const AUDIT_CHAIN_LOCK_KEY = 0x61756469;

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE });
  const userId = process.env.BENCH_USER_ID as string;
  const sessionId = process.env.BENCH_SESSION_ID as string;
  const principal = (client: Pool | PoolClient = pool) => client.query(BASELINE_SQL.principal, [userId, sessionId]);
  const app = Fastify({ bodyLimit: 10 * 1024 * 1024 });
  await app.register(multipart);

  const cadreWithSecondments = async (id: string) => {
    const { rows } = await pool.query(`${BASELINE_SQL.cadres} WHERE c.id = $1`, [id]);
    if (rows.length === 0) return undefined;
    const secondments = await pool.query(BASELINE_SQL.secondments, [[rows[0].id]]);
    return { ...rows[0], secondments: secondments.rows };
  };

  // 1. One cadre.
  app.get<{ Params: { id: string } }>('/cadres/:id', async (request, reply) => {
    await principal();
    const cadre = await cadreWithSecondments(request.params.id);
    if (!cadre) return reply.code(404).send({ statusCode: 404 });
    return reply.type('application/json').send(JSON.stringify(cadre));
  });

  // 2. A page of cadres with their secondments.
  app.get<{ Querystring: { page?: string; pageSize?: string } }>('/cadres', async (request, reply) => {
    const page = Number(request.query.page ?? 1);
    const pageSize = Number(request.query.pageSize ?? 20);
    await principal();
    const [rows, count] = await Promise.all([
      pool.query(`${BASELINE_SQL.cadres} ORDER BY c.name, c.id LIMIT $1 OFFSET $2`, [pageSize, (page - 1) * pageSize]),
      pool.query('SELECT count(*)::int AS n FROM cadre'),
    ]);
    const secondments = await pool.query(BASELINE_SQL.secondments, [rows.rows.map((r) => r.id)]);
    return reply
      .type('application/json')
      .send(JSON.stringify({ items: rows.rows.map((r) => ({ ...r, secondments: secondments.rows.filter((s) => s.cadre_id === r.id) })), total: count.rows[0].n, page, pageSize }));
  });

  // 3. One score entered: the version taken, the score stored and the audit event chained, in one transaction.
  app.put<{ Params: { id: string }; Body: { version: number; scores: { subItemCode: string; points: number; comment?: string }[] } }>(
    '/assessments/:id/scores',
    async (request, reply) => {
      const client = await pool.connect();
      try {
        await principal(client);
        await client.query('BEGIN');
        await client.query('SELECT r.status FROM assessment_round r JOIN assessment a ON a.round_id = r.id WHERE a.id = $1 FOR SHARE OF r', [request.params.id]);
        const taken = await client.query('UPDATE assessment SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2', [request.params.id, request.body.version]);
        if (taken.rowCount !== 1) {
          await client.query('ROLLBACK');
          return reply.code(409).send({ statusCode: 409 });
        }
        for (const score of request.body.scores) {
          await client.query(BASELINE_SQL.upsertScore, [request.params.id, score.subItemCode, points(score.points), 'ORG_STAFF', score.comment ?? null, userId]);
        }
        await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
        const last = await client.query<{ hash: string }>('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1');
        const content = {
          occurredAt: new Date(),
          actorId: userId,
          actorRole: 'ORG_STAFF',
          action: 'assessment.scores_entered',
          targetType: 'assessment',
          targetId: request.params.id,
          before: null,
          after: { scores: request.body.scores },
          requestId: randomUUID(),
        };
        const prevHash = last.rows[0]?.hash ?? GENESIS_HASH;
        await client.query(BASELINE_SQL.insertAudit, [
          content.occurredAt, content.actorId, content.actorRole, content.action, content.targetType, content.targetId, content.before, content.after, content.requestId, prevHash, auditHash(prevHash, content),
        ]);
        await client.query('COMMIT');
        return reply.type('application/json').send(JSON.stringify({ id: request.params.id, scores: request.body.scores }));
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
  );

  const roundOf = async (id: string): Promise<ScoringRound> => {
    const { rows } = await pool.query<{ definition: RubricDefinition; min_participation_percent: number; min_interviews: number; quota_kind: 'COUNT' | 'PERCENT'; quota_value: number; name: string }>(
      'SELECT v.definition, r.min_participation_percent, r.min_interviews, r.quota_kind, r.quota_value, r.name FROM assessment_round r JOIN rubric_version v ON v.id = r.rubric_version_id WHERE r.id = $1',
      [id],
    );
    const round = rows[0];
    if (!round) throw new Error(`no round ${id}`);
    return { rubric: round.definition, minParticipationPercent: round.min_participation_percent, minInterviews: round.min_interviews, quotaKind: round.quota_kind, quotaValue: round.quota_value, name: round.name };
  };

  // 4. The calibration board: the scoring inputs of the round by one raw query, then the domain's functions.
  app.get<{ Params: { id: string } }>('/rounds/:id/calibration', async (request, reply) => {
    await principal();
    const round = await roundOf(request.params.id);
    const { rows } = await pool.query<ScoringRow>(BASELINE_SQL.scoringInputs, [request.params.id]);
    return reply.type('application/json').send(JSON.stringify(calibrationBoard(round, rows)));
  });

  // 5. The summary export: the rows by one raw query, scored by the domain, written by a bare WorkbookWriter.
  app.get<{ Params: { id: string } }>('/rounds/:id/summary.xlsx', async (request, reply) => {
    await principal();
    const round = await roundOf(request.params.id);
    const { rows } = await pool.query<ScoringRow & { name: string; home_unit: string; host_unit: string; post: string; total: number | null; rank: number | null; grade: string | null }>(
      BASELINE_SQL.summaryRows,
      [request.params.id],
    );
    const subItems = round.rubric.items.flatMap((item) => item.subItems.map((s) => s.code));
    reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const output = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('汇总表');
    sheet.addRow(['序号', '姓名', '原单位', '挂职单位', '挂职岗位', '历练类别', ...subItems, '总分', '排名', '等次']).commit();
    void (async () => {
      let n = 0;
      for (const row of rows) {
        const points = new Map(scoreRow(round, row).subItems.map((s) => [s.code, s.points]));
        sheet.addRow([++n, row.name, row.home_unit, row.host_unit, row.post, row.category, ...subItems.map((code) => (points.get(code) ?? null) === null ? null : (points.get(code) as number) / 100), row.total === null ? null : row.total / 100, row.rank, row.grade]).commit();
      }
      sheet.commit();
      await workbook.commit();
    })().catch((error: unknown) => output.destroy(error as Error));
    return reply.send(output);
  });

  // 6. A roster import: a bare WorkbookReader, then the cadres and secondments by batched inserts in one transaction.
  app.post<{ Querystring: { batchId: string } }>('/imports/roster', async (request, reply) => {
    await principal();
    const part = await request.file();
    if (!part) return reply.code(400).send({ statusCode: 400 });
    const units = new Map((await pool.query<{ id: string; name: string; code: string }>('SELECT id, name, code FROM unit')).rows.flatMap((u) => [[u.name, u.id], [u.code, u.id]] as const));
    const rows: string[][] = [];
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(part.file, { sharedStrings: 'cache', worksheets: 'emit' });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.number === 1) continue;
        rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
      }
      break;
    }
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        const cadres = await client.query<{ id: string }>(
          `INSERT INTO cadre (name, gender, birth_date, ethnicity, political_status, education, national_id, phone, home_unit_id, position, rank)
           SELECT * FROM unnest($1::text[], $2::gender[], $3::date[], $4::text[], $5::political_status[], $6::education[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::text[]) RETURNING id`,
          [
            chunk.map((r) => r[0]),
            chunk.map((r) => nationalIdFacts(r[6] as string)?.gender),
            chunk.map((r) => r[2]),
            chunk.map((r) => r[3]),
            chunk.map(() => 'CPC_MEMBER'),
            chunk.map(() => 'BACHELOR'),
            chunk.map((r) => r[6]),
            chunk.map((r) => r[7]),
            chunk.map((r) => units.get(r[8] as string)),
            chunk.map((r) => r[9]),
            chunk.map((r) => r[10] || null),
          ],
        );
        await client.query(
          `INSERT INTO secondment (cadre_id, batch_id, host_unit_id, category, post, start_date, end_date, group_label, status)
           SELECT c, $2, h, 'GRASSROOTS', p, s, e, g, 'ACTIVE' FROM unnest($1::uuid[], $3::uuid[], $4::text[], $5::date[], $6::date[], $7::text[]) AS t(c, h, p, s, e, g)`,
          [
            cadres.rows.map((c) => c.id),
            request.query.batchId,
            chunk.map((r) => units.get(r[11] as string)),
            chunk.map((r) => r[13]),
            chunk.map((r) => r[14]),
            chunk.map((r) => r[15]),
            chunk.map((r) => r[16] || null),
          ],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    return reply.code(201).send({ rows: rows.length });
  });

  // 7. The dossier of one cadre by hand-written SQL.
  app.get<{ Params: { cadreId: string } }>('/dossiers/:cadreId', async (request, reply) => {
    await principal();
    const id = request.params.cadreId;
    const profile = await cadreWithSecondments(id);
    if (!profile) return reply.code(404).send({ statusCode: 404 });
    const [results, entries, appraisals, materials, incentives, talent] = await Promise.all(
      [BASELINE_SQL.dossierResults, BASELINE_SQL.dossierEntries, BASELINE_SQL.dossierAppraisals, BASELINE_SQL.dossierMaterials, BASELINE_SQL.dossierIncentives, BASELINE_SQL.dossierTalent].map((sql) =>
        pool.query(sql, [id]),
      ),
    );
    return reply.type('application/json').send(
      JSON.stringify({ profile, results: results?.rows, entries: entries?.rows, appraisals: appraisals?.rows, materials: materials?.rows, incentives: incentives?.rows, talentPool: talent?.rows[0] ?? null }),
    );
  });

  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`listening ${new URL(address).port}\n`);
  process.once('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
