import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { ImportsController } from './imports.controller';
import { RosterImportService } from './roster-import.service';

@Module({ imports: [RegistryModule], controllers: [ImportsController], providers: [RosterImportService] })
export class ImportsModule {}
