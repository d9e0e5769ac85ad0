import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { BatchesController } from './batches.controller';
import { BatchesService } from './batches.service';

@Module({ imports: [RegistryModule], controllers: [BatchesController], providers: [BatchesService] })
export class BatchesModule {}
