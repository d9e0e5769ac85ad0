import { Module } from '@nestjs/common';
import { CadresModule } from '../cadres/cadres.module';
import { RegistryModule } from '../registry/registry.module';
import { AppraisalsService } from './appraisals.service';
import { DossiersController } from './dossiers.controller';
import { DossiersRepository } from './dossiers.repository';
import { DossiersService } from './dossiers.service';

/** Growth dossiers (纪实化): lookup, materials and the comprehensive appraisal. Entries are written at finalization (rounds/dossier-writer). */
@Module({
  imports: [RegistryModule, CadresModule],
  controllers: [DossiersController],
  providers: [DossiersRepository, DossiersService, AppraisalsService],
})
export class DossiersModule {}
