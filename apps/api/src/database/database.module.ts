import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { appDataSourceOptions } from './data-source';
import { DATABASE_CONNECTION, type DatabaseConnection } from './database-connection';
import { MigrationRunner } from './migration-runner';
import { TypeOrmLogger } from './typeorm-logger';

@Module({})
export class DatabaseModule {
  static forRoot(connection: DatabaseConnection): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...appDataSourceOptions(connection.url, connection.poolSize, new TypeOrmLogger()),
          // The embedded database serves one connection; the one just closed by a
          // previous client may not be released yet. Retry soon rather than after 3 s.
          ...(connection.poolSize === 1 ? { retryAttempts: 50, retryDelay: 100 } : {}),
        }),
      ],
      providers: [{ provide: DATABASE_CONNECTION, useValue: connection }, MigrationRunner],
    };
  }
}
