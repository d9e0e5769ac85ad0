import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Inserts `rows` (entity fields by property name) with one statement, in the caller's
 * transaction; answers their generated ids in the order of `rows`. The rows travel as one
 * JSON parameter read by json_populate_recordset, so the statement and its parameters stay
 * the same size however many rows there are, and PostgreSQL converts each field to its
 * column's type (enums, dates, uuids); columns not given take their defaults.
 */
export async function insertMany<E extends ObjectLiteral & { id: string }>(manager: EntityManager, entity: EntityTarget<E>, rows: Partial<E>[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const metadata = manager.connection.getMetadata(entity);
  const columns = Object.keys(rows[0] as object).map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
    return { property, name: column.databaseName };
  });
  const records = rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, (row as Record<string, unknown>)[c.property] ?? null])));
  const list = columns.map((c) => `"${c.name}"`).join(', ');
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO "${metadata.tableName}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${metadata.tableName}", $1::json) RETURNING id`,
    [JSON.stringify(records)],
  );
  return inserted.map((r) => r.id);
}
