import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { PerformanceController } from './performance.controller';
import { PerformanceRepository } from './performance.repository';
import { PerformanceService } from './performance.service';

@Module({ imports: [RegistryModule], controllers: [PerformanceController], providers: [PerformanceRepository, PerformanceService] })
export class PerformanceModule {}
