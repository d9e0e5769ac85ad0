import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Role } from '@app/domain';
import { appDataSourceOptions } from '../apps/api/src/database/data-source';
import { hashPassword } from '../apps/api/src/modules/auth/password-hasher';
import { generateRounds, gradePastRounds } from './dataset-rounds';
import { withProduct } from './product';

/**
 * The benchmark datasets: one database per size on the PostgreSQL server named by
 * BENCH_DATABASE_URL (default the local server), made once and reused.
 *
 * The local server is reached over its Unix socket where it has one, as a server on the
 * same host would be in production: over TCP loopback, handing each statement to the
 * database (writev) was the largest cost in both servers' profiles on two cores.
 */
const LOCAL_SOCKET_DIR = '/var/run/postgresql';
const serverUrl = () =>
  process.env.BENCH_DATABASE_URL ??
  (existsSync(join(LOCAL_SOCKET_DIR, '.s.PGSQL.5432')) ? `postgres://postgres@localhost/postgres?host=${LOCAL_SOCKET_DIR}` : 'postgres://postgres@127.0.0.1:5432/postgres');
const RESULTS = join(__dirname, 'results');

export const CATEGORIES = ['GRASSROOTS', 'MAJOR_PROJECT', 'INVESTMENT_PROMOTION', 'STATE_ENTERPRISE', 'KEY_TASK'] as const;

export interface Dataset {
  url: string;
  cadres: number;
  /** An org-staff account made for the run (its password is kept in bench/results, not in git). */
  username: string;
  password: string;
}

export function datasetUrl(cadres: number): string {
  const url = new URL(serverUrl());
  url.pathname = `/cadre_bench_${cadres}`;
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The dataset of this size, generated first if it is not there (or `fresh`). */
export async function ensureDataset(cadres: number, fresh = false): Promise<Dataset> {
  const name = `cadre_bench_${cadres}`;
  const credentialsFile = join(RESULTS, `${name}.credentials.json`);
  const exists = await admin(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
  if (exists && !fresh) {
    try {
      return { url: datasetUrl(cadres), cadres, ...(JSON.parse(readFileSync(credentialsFile, 'utf8')) as { username: string; password: string }) };
    } catch {
      // made by an interrupted run: make it again
    }
  }
  await admin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  const credentials = await generate(datasetUrl(cadres), cadres);
  await finalizePastRounds({ url: datasetUrl(cadres), ...credentials });
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  return { url: datasetUrl(cadres), cadres, ...credentials };
}

/**
 * Units, a batch, `cadres` cadres each with a secondment (the five categories in turn,
 * spread over 50 host units), an org-staff account, and the rounds of dataset-rounds.ts.
 */
async function generate(url: string, cadres: number): Promise<{ username: string; password: string }> {
  // The generator's statements write millions of rows at 100k: no statement timeout, no slow-query log.
  const options = appDataSourceOptions(url, 2);
  const dataSource = new DataSource({ ...options, extra: { ...(options.extra as object), statement_timeout: 0 }, maxQueryExecutionTime: 0 } as typeof options);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query(
      `INSERT INTO unit (name, code, type) SELECT '派出单位' || g, 'S' || g, 'SENDING'::unit_type FROM generate_series(1, 20) g
       UNION ALL SELECT '接收单位' || g, 'H' || g, 'HOST'::unit_type FROM generate_series(1, 50) g`,
    );
    const [batch] = await dataSource.query(`INSERT INTO secondment_batch (name, start_date, end_date) VALUES ('基准批次', '2023-01-01', '2023-12-31') RETURNING id`);
    await dataSource.query(
      `INSERT INTO cadre (name, gender, birth_date, ethnicity, political_status, education, home_unit_id, position, phone, national_id)
       SELECT '基准干部' || g, CASE WHEN g % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END::gender, '1990-01-01', '汉族', 'CPC_MEMBER', 'BACHELOR',
              (SELECT id FROM unit WHERE code = 'S' || (1 + g % 20)), '科员', '13800138000', '9' || lpad(g::text, 17, '0')
         FROM generate_series(1, $1) g`,
      [cadres],
    );
    await dataSource.query(
      `INSERT INTO secondment (cadre_id, batch_id, host_unit_id, category, post, start_date, end_date, status)
       SELECT c.id, $1, (SELECT id FROM unit WHERE code = 'H' || (1 + c.n % 50)), ($2::text[])[1 + c.n % 5]::secondment_category, '副主任', '2023-03-01', '2023-12-31', 'ACTIVE'
         FROM (SELECT id, row_number() OVER (ORDER BY national_id) AS n FROM cadre) c`,
      [batch.id, CATEGORIES],
    );
    const username = `bench-staff-${randomBytes(3).toString('hex')}`;
    const password = randomBytes(18).toString('base64url');
    const [staff] = await dataSource.query(
      `INSERT INTO app_user (username, display_name, role, password_hash, disabled, password_changed_at) VALUES ($1, '基准测试', $2, $3, false, now()) RETURNING id`,
      [username, Role.OrgStaff, await hashPassword(password)],
    );
    await generateRounds(dataSource, batch.id, staff.id);
    await gradePastRounds(dataSource);
    await dataSource.query('ANALYZE');
    return { username, password };
  } finally {
    await dataSource.destroy();
  }
}

/** The product finalizes the past rounds, writing their dossier entries, incentives and talent-pool proposals. */
async function finalizePastRounds(account: { url: string; username: string; password: string }): Promise<void> {
  const client = new Client({ connectionString: account.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM assessment_round WHERE status = 'PUBLICITY' ORDER BY period_start`);
    await withProduct(account, async (product) => {
      for (const { id } of rows) {
        const response = await product.request(`/rounds/${id}/finalize`, { method: 'POST' });
        if (response.status !== 200) {
          // The product's own log says why (it logs at warn and above here).
          const log = (product.app.stdout() + product.app.stderr()).split('\n').filter(Boolean).slice(-20).join('\n');
          throw new Error(`finalizing round ${id} answered ${response.status}: ${await response.text()}\nthe product's last log lines:\n${log}`);
        }
      }
    });
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

export async function dropDataset(cadres: number): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS cadre_bench_${cadres} WITH (FORCE)`));
}
