import type { DataSourceOptions, EntitySchema, Logger, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceInput {
  url: string;
  /** 1 for the embedded database; see EMBEDDED_POOL_SIZE. */
  poolSize: number;
  // TypeORM's own type for these lists.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  applicationName?: string;
  /** Where TypeORM's messages go; its console logger when absent. */
  logger?: Logger;
}

/** The one place where the product's database options are decided. */
export function buildDataSourceOptions(input: DataSourceInput): DataSourceOptions {
  return {
    type: 'postgres',
    url: input.url,
    entities: input.entities,
    migrations: input.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Migrations run explicitly at start (see runMigrations), never as a side effect.
    migrationsRun: false,
    poolSize: input.poolSize,
    applicationName: input.applicationName ?? 'cadre-assessment',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    extra: {
      // A stuck statement must not hold the single embedded connection forever.
      statement_timeout: 60_000,
      connectionTimeoutMillis: 10_000,
    },
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['error', 'warn', 'migration'],
    ...(input.logger ? { logger: input.logger } : {}),
    maxQueryExecutionTime: 2_000,
  };
}
