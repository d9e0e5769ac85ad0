import { Module } from '@nestjs/common';
import { BatchesRepository } from '../batches/batches.repository';
import { CadresRepository } from '../cadres/cadres.repository';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import { UnitsModule } from '../units/units.module';

/**
 * The registry's repositories, shared by the features that read across it (a cadre
 * with their secondments, a batch with its roster, the import writing all three)
 * without those feature modules importing each other.
 */
@Module({
  imports: [UnitsModule],
  providers: [CadresRepository, BatchesRepository, SecondmentsRepository],
  exports: [CadresRepository, BatchesRepository, SecondmentsRepository, UnitsModule],
})
export class RegistryModule {}
