import { AuditEvent } from '../modules/audit/audit-event.entity';
import { AuthSession } from '../modules/auth/auth-session.entity';
import { LoginFailure } from '../modules/auth/login-failure.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { SecondmentBatch } from '../modules/batches/secondment-batch.entity';
import { Cadre } from '../modules/cadres/cadre.entity';
import { Secondment } from '../modules/secondments/secondment.entity';
import { Assessment } from '../modules/assessments/assessment.entity';
import { AssessmentScore } from '../modules/assessments/assessment-score.entity';
import { AssessmentRound } from '../modules/rounds/assessment-round.entity';
import { Ballot, BallotCode, BallotSession } from '../modules/ballots/ballot.entities';
import { IdempotencyRecord } from '../modules/idempotency/idempotency-record.entity';
import { WorkRecord } from '../modules/work-records/work-record.entity';
import { EvidenceFile, PerformanceEntry } from '../modules/performance/performance.entities';
import { AssessmentResult } from '../modules/assessments/assessment-result.entity';
import { ServiceInterview } from '../modules/interviews/service-interview.entity';
import { Certificate, RoundCertifier } from '../modules/certificates/certificate.entities';
import { ComparativeRecommendation } from '../modules/recommendations/comparative-recommendation.entity';
import { MutualEvaluation, MutualRating, MutualRatingMark } from '../modules/mutual-evaluations/mutual-evaluation.entities';
import { Holiday, Objection } from '../modules/publicity/publicity.entities';
import { Acknowledgement, ReviewRequest } from '../modules/acknowledgements/acknowledgement.entities';
import { ComprehensiveAppraisal, DossierEntry, DossierMaterial } from '../modules/dossiers/dossier.entities';
import { Incentive, TalentPoolEntry } from '../modules/incentives/incentive.entities';
import { RubricVersion } from '../modules/rubrics/rubric-version.entity';
import { Unit } from '../modules/units/unit.entity';
import { User } from '../modules/users/user.entity';

/** Every entity, listed explicitly (no globs: the same list works from source and from dist). */
export const ENTITIES = [Unit, User, AuthSession, RefreshToken, LoginFailure, AuditEvent, Cadre, SecondmentBatch, Secondment, RubricVersion, AssessmentRound, Assessment, AssessmentScore, BallotSession, BallotCode, Ballot, IdempotencyRecord, WorkRecord, PerformanceEntry, EvidenceFile, AssessmentResult, ServiceInterview, RoundCertifier, Certificate, ComparativeRecommendation, MutualEvaluation, MutualRatingMark, MutualRating, Holiday, Objection, Acknowledgement, ReviewRequest, DossierEntry, DossierMaterial, ComprehensiveAppraisal, Incentive, TalentPoolEntry];
