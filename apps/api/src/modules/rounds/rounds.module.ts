import { Module } from '@nestjs/common';
import { AssessmentScoring } from '../assessments/assessment-scoring';
import { AssessmentsController } from '../assessments/assessments.controller';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { AssessmentsService } from '../assessments/assessments.service';
import { RegistryModule } from '../registry/registry.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { RoundsController } from './rounds.controller';
import { RoundsRepository } from './rounds.repository';
import { RoundsService } from './rounds.service';

/** Rounds and their assessments: one workflow, so one module (it keeps the two from importing each other). */
@Module({
  imports: [RegistryModule, RubricsModule],
  controllers: [RoundsController, AssessmentsController],
  providers: [RoundsRepository, RoundsService, AssessmentsRepository, AssessmentsService, AssessmentScoring],
})
export class RoundsModule {}
