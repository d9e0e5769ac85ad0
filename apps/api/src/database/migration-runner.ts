import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DATABASE_CONNECTION, type DatabaseConnection } from './database-connection';

/** Any constant; held while migrating so that processes starting together take turns. */
const MIGRATION_LOCK_KEY = 0x6d696772;

/** Brings the schema up to date before anything else touches the database. */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger(MigrationRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
  ) {}

  async onModuleInit(): Promise<void> {
    // With a single connection (the embedded database, owned by this one process) a
    // lock held on it would starve the migrations; only a shared server needs the lock.
    if (this.connection.poolSize === 1) {
      await this.run();
      return;
    }
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await this.run();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await lock.release();
    }
  }

  private async run(): Promise<void> {
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) this.logger.log(`applied migration ${migration.name}`);
  }
}
