import Fastify from 'fastify';
import { Pool } from 'pg';

/**
 * The bare baseline: Fastify and pg, no framework, no validation, no guards, running the
 * SQL the product runs for the same request (the session check included), and
 * JSON.stringify of the rows. Started by bench/run.ts as a process of its own, with the
 * product's pool size; prints `listening <port>`.
 */
const POOL_SIZE = 10;

const PRINCIPAL = `SELECT u.id AS "userId", u.username, u.role, u.unit_id AS "unitId", u.cadre_id AS "cadreId", u.disabled, (s.revoked_at IS NOT NULL) AS "sessionRevoked"
  FROM app_user u JOIN auth_session s ON s.user_id = u.id WHERE u.id = $1 AND s.id = $2`;
const CADRES = `SELECT c.*, hu.id AS home_unit_id, hu.name AS home_unit_name FROM cadre c LEFT JOIN unit hu ON hu.id = c.home_unit_id`;
const SECONDMENTS = `SELECT s.*, c.name AS cadre_name, b.name AS batch_name, h.name AS host_unit_name
  FROM secondment s LEFT JOIN cadre c ON c.id = s.cadre_id LEFT JOIN secondment_batch b ON b.id = s.batch_id LEFT JOIN unit h ON h.id = s.host_unit_id
 WHERE s.cadre_id = ANY($1::uuid[]) ORDER BY s.start_date DESC, s.created_at DESC`;

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE });
  const userId = process.env.BENCH_USER_ID as string;
  const sessionId = process.env.BENCH_SESSION_ID as string;
  const app = Fastify();

  app.get<{ Params: { id: string } }>('/cadres/:id', async (request, reply) => {
    await pool.query(PRINCIPAL, [userId, sessionId]);
    const { rows } = await pool.query(`${CADRES} WHERE c.id = $1`, [request.params.id]);
    if (rows.length === 0) return reply.code(404).send({ statusCode: 404 });
    const secondments = await pool.query(SECONDMENTS, [[rows[0].id]]);
    return reply.type('application/json').send(JSON.stringify({ ...rows[0], secondments: secondments.rows }));
  });

  app.get<{ Querystring: { page?: string; pageSize?: string } }>('/cadres', async (request, reply) => {
    const page = Number(request.query.page ?? 1);
    const pageSize = Number(request.query.pageSize ?? 20);
    await pool.query(PRINCIPAL, [userId, sessionId]);
    const [rows, count] = await Promise.all([
      pool.query(`${CADRES} ORDER BY c.name, c.id LIMIT $1 OFFSET $2`, [pageSize, (page - 1) * pageSize]),
      pool.query('SELECT count(*)::int AS n FROM cadre'),
    ]);
    const secondments = await pool.query(SECONDMENTS, [rows.rows.map((r) => r.id)]);
    return reply
      .type('application/json')
      .send(JSON.stringify({ items: rows.rows.map((r) => ({ ...r, secondments: secondments.rows.filter((s) => s.cadre_id === r.id) })), total: count.rows[0].n, page, pageSize }));
  });

  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`listening ${new URL(address).port}\n`);
  process.once('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
