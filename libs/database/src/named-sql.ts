import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EMBEDDED_POOL_SIZE } from './embedded-postgres';

/** A statement with `:name` parameters compiled once to `$n` placeholders. */
interface Compiled {
  text: string;
  names: string[];
  /** Its name as a prepared statement: one per distinct text. */
  prepared: string;
}

const compiled = new Map<string, Compiled>();

/** Quoted literals and identifiers, `::` casts, and `:name` parameters, in one pass. */
const TOKENS = /'(?:[^']|'')*'|"(?:[^"]|"")*"|::|:([A-Za-z_]\w*)/g;

function compile(sql: string): Compiled {
  const names: string[] = [];
  const text = sql.replace(TOKENS, (token, name: string | undefined) => {
    if (name === undefined) return token;
    let at = names.indexOf(name);
    if (at < 0) at = names.push(name) - 1;
    return `$${at + 1}`;
  });
  return { text, names, prepared: `q_${createHash('sha1').update(text).digest('hex').slice(0, 24)}` };
}

function compiledOf(sql: string): Compiled {
  let statement = compiled.get(sql);
  if (!statement) {
    statement = compile(sql);
    if (compiled.size < 1000) compiled.set(sql, statement);
  }
  return statement;
}

function valuesOf(statement: Compiled, params: Record<string, unknown>): unknown[] {
  return statement.names.map((name) => {
    if (!(name in params)) throw new Error(`no value for the parameter :${name}`);
    return params[name];
  });
}

/**
 * `:name` parameters (as the scope helpers write them) turned into pg's `$n` with the
 * values in order. Compiled once per distinct statement text.
 */
export function bindNamed(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const statement = compiledOf(sql);
  return { text: statement.text, values: valuesOf(statement, params) };
}

/** What selectRows needs of TypeORM's postgres driver: its pg pool. */
interface PgPool {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * The rows of a plain SELECT with `:name` parameters, outside any transaction, as pg
 * gives them (name the columns as the reader wants them: `AS "camelCase"`). For the hot
 * reads: no query building, no entities, and on a PostgreSQL server each statement is
 * prepared once per connection, so it is parsed and planned once instead of on every
 * request. Not on the embedded database: it serves every connection from one session,
 * where a statement another client prepared would already hold the name. These reads
 * bypass TypeORM's logger; a failure reaches the caller as pg's error.
 */
export async function selectRows<T>(dataSource: DataSource, sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const statement = compiledOf(sql);
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  const prepared = (dataSource.options as { poolSize?: number }).poolSize !== EMBEDDED_POOL_SIZE;
  const result = await pool.query({ ...(prepared ? { name: statement.prepared } : {}), text: statement.text, values: valuesOf(statement, params) });
  return result.rows as T[];
}

/**
 * The rows of a read keyed by a list of ids; `sql` is given the match to put after the
 * id column (`WHERE assessment_id ${matches}`). One id, as one request reads, goes
 * through selectRows (`= :id`, prepared on a server). Many, as a whole round reads, stay
 * unprepared (`= ANY(:ids)`): a cached generic plan would assume a handful of ids.
 */
export function selectByIds<T>(dataSource: DataSource, ids: readonly string[], sql: (matches: string) => string, params: Record<string, unknown> = {}): Promise<T[]> {
  if (ids.length === 1) return selectRows<T>(dataSource, sql('= :id'), { ...params, id: ids[0] });
  const { text, values } = bindNamed(sql('= ANY(:ids::uuid[])'), { ...params, ids });
  return dataSource.query(text, values);
}
