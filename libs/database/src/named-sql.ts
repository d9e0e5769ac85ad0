/** A statement with `:name` parameters compiled once to `$n` placeholders. */
interface Compiled {
  text: string;
  names: string[];
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
  return { text, names };
}

/**
 * `:name` parameters (as the scope helpers write them) turned into pg's `$n` with the
 * values in order. Compiled once per distinct statement text, so a hot read pays a map
 * lookup instead of TypeORM's query building.
 */
export function bindNamed(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  let statement = compiled.get(sql);
  if (!statement) {
    statement = compile(sql);
    if (compiled.size < 1000) compiled.set(sql, statement);
  }
  const values = statement.names.map((name) => {
    if (!(name in params)) throw new Error(`no value for the parameter :${name}`);
    return params[name];
  });
  return { text: statement.text, values };
}

/** Anything that runs a statement: a DataSource, an EntityManager or a QueryRunner. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/**
 * The rows of a plain SELECT with `:name` parameters, as they come from pg (name columns
 * as the reader wants them: `AS "camelCase"`). For hot reads that need no entity.
 */
export async function selectRows<T>(db: Queryable, sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { text, values } = bindNamed(sql, params);
  return (await db.query(text, values)) as T[];
}
