import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { SecondmentsController } from './secondments.controller';
import { SecondmentsService } from './secondments.service';

@Module({ imports: [RegistryModule], controllers: [SecondmentsController], providers: [SecondmentsService] })
export class SecondmentsModule {}
