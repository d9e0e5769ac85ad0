import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './common/auth/access.guard';
import { HttpErrorFilter } from './common/errors/http-error.filter';
import { AppConfig } from './config/app-config';
import type { DatabaseConnection } from './database/database-connection';
import { DatabaseModule } from './database/database.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { IdempotencyInterceptor } from './modules/idempotency/idempotency.interceptor';
import { UnitsModule } from './modules/units/units.module';
import { UsersModule } from './modules/users/users.module';
import { BatchesModule } from './modules/batches/batches.module';
import { CadresModule } from './modules/cadres/cadres.module';
import { DossiersModule } from './modules/dossiers/dossiers.module';
import { IncentivesModule } from './modules/incentives/incentives.module';
import { ImportsModule } from './modules/imports/imports.module';
import { PerformanceModule } from './modules/performance/performance.module';
import { RoundsModule } from './modules/rounds/rounds.module';
import { RubricsModule } from './modules/rubrics/rubrics.module';
import { SecondmentsModule } from './modules/secondments/secondments.module';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, connection: DatabaseConnection): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(connection),
        DiscoveryModule,
        AuditModule,
        AuthModule,
        UnitsModule,
        UsersModule,
        HealthModule,
        CadresModule,
        BatchesModule,
        SecondmentsModule,
        ImportsModule,
        RubricsModule,
        RoundsModule,
        PerformanceModule,
        DossiersModule,
        IncentivesModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}
