import { Module } from '@nestjs/common';
import { AssessmentScoring } from '../assessments/assessment-scoring';
import { AssessmentsController } from '../assessments/assessments.controller';
import { AssessmentsRepository } from '../assessments/assessments.repository';
import { AssessmentsService } from '../assessments/assessments.service';
import { BallotsController } from '../ballots/ballots.controller';
import { BallotsRepository } from '../ballots/ballots.repository';
import { BallotsService } from '../ballots/ballots.service';
import { InterviewsController } from '../interviews/interviews.controller';
import { InterviewsRepository } from '../interviews/interviews.repository';
import { InterviewsService } from '../interviews/interviews.service';
import { CertificatesController } from '../certificates/certificates.controller';
import { CertificatesRepository } from '../certificates/certificates.repository';
import { CertificatesService } from '../certificates/certificates.service';
import { RecommendationsController } from '../recommendations/recommendations.controller';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { MutualEvaluationsController } from '../mutual-evaluations/mutual-evaluations.controller';
import { MutualEvaluationsRepository } from '../mutual-evaluations/mutual-evaluations.repository';
import { MutualEvaluationsService } from '../mutual-evaluations/mutual-evaluations.service';
import { PublicityController } from '../publicity/publicity.controller';
import { PublicityService } from '../publicity/publicity.service';
import { AcknowledgementsController } from '../acknowledgements/acknowledgements.controller';
import { AcknowledgementsService } from '../acknowledgements/acknowledgements.service';
import { IncentivesModule } from '../incentives/incentives.module';
import { RegistryModule } from '../registry/registry.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { CalibrationService } from './calibration.service';
import { DossierWriter } from './dossier-writer';
import { ReopenService } from './reopen.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { RoundsController } from './rounds.controller';
import { WorkRecordsController } from '../work-records/work-records.controller';
import { WorkRecordsRepository } from '../work-records/work-records.repository';
import { WorkRecordsService } from '../work-records/work-records.service';
import { RoundsRepository } from './rounds.repository';
import { RoundsService } from './rounds.service';

/** Rounds, their assessments and democratic evaluations: one workflow, so one module (it keeps them from importing each other). */
@Module({
  imports: [RegistryModule, RubricsModule, IncentivesModule],
  controllers: [RoundsController, AssessmentsController, BallotsController, WorkRecordsController, InterviewsController, CertificatesController, RecommendationsController, MutualEvaluationsController, PublicityController, AcknowledgementsController, ReportsController],
  providers: [RoundsRepository, RoundsService, AssessmentsRepository, AssessmentsService, AssessmentScoring, BallotsRepository, BallotsService, CalibrationService, ReopenService, WorkRecordsRepository, WorkRecordsService, InterviewsRepository, InterviewsService, CertificatesRepository, CertificatesService, RecommendationsService, MutualEvaluationsService, MutualEvaluationsRepository, PublicityService, AcknowledgementsService, DossierWriter, ReportsService],
})
export class RoundsModule {}
