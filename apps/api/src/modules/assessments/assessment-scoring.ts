import { Injectable } from '@nestjs/common';
import { computeScore, Rating, type RatingTally, type RubricDefinition, ScoreSource, type ScoreResult, tallyBallots } from '@app/domain';
import type { ChoiceCounts } from '../ballots/ballots.repository';
import { CertificatesRepository } from '../certificates/certificates.repository';
import type { AssessmentRound } from '../rounds/assessment-round.entity';
import type { Assessment } from './assessment.entity';
import { AssessmentsRepository, type EnteredPoints } from './assessments.repository';

/** What scoring needs of an assessment: which one, and its category's variant of the rubric. */
export type Scorable = Pick<Assessment, 'id' | 'category'>;

/** The rubric a round scores against; the round must be loaded with it. */
export function rubricOf(round: AssessmentRound): RubricDefinition {
  if (!round.rubricVersion) throw new Error(`round ${round.id} was loaded without its rubric version`);
  return round.rubricVersion.definition;
}

/**
 * Scores assessments with the pure engine (libs/domain) from what is stored: the
 * entered scores now; ballots, certificates, interviews and mutual evaluations as
 * their features arrive.
 */
@Injectable()
export class AssessmentScoring {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly certificates: CertificatesRepository,
  ) {}

  /** `ballots`: the assessment's latest closed democratic evaluation, if any. */
  score(
    round: AssessmentRound,
    assessment: Scorable,
    scores: readonly EnteredPoints[],
    ballots?: { expectedVoters: number; counts: ChoiceCounts },
    interviews?: RatingTally,
    certificates?: RatingTally,
    mutual?: RatingTally,
  ): ScoreResult {
    const entered = Object.fromEntries(scores.map((s) => [s.subItemCode, s.points]));
    const ratings: Partial<Record<ScoreSource.Ballots | ScoreSource.Interviews | ScoreSource.Certificates | ScoreSource.MutualEvaluation, RatingTally>> = {};
    if (interviews) ratings[ScoreSource.Interviews] = interviews;
    if (certificates) ratings[ScoreSource.Certificates] = certificates;
    if (mutual) ratings[ScoreSource.MutualEvaluation] = mutual;
    if (ballots) {
      const tally = tallyBallots(ballots.expectedVoters, ballots.counts, round.minParticipationPercent);
      // A session below the round's minimum participation cannot feed 3.1.
      if (tally.usable) ratings[ScoreSource.Ballots] = tally.counts as Record<Rating, number>;
    }
    // The round sets how many interviews an SOE cadre needs.
    const rubric = rubricOf(round);
    const definition = { ...rubric, minimumRatings: { ...rubric.minimumRatings, [ScoreSource.Interviews]: round.minInterviews } };
    return computeScore(definition, assessment.category, { entered, ratings });
  }

  /** Scores many assessments of one round with one query, whatever their number. */
  async scoreAll(round: AssessmentRound, assessments: readonly Scorable[]): Promise<Map<string, ScoreResult>> {
    const inputs = await this.assessments.scoringInputs(assessments.map((a) => a.id));
    return new Map(
      assessments.map((a) => [
        a.id,
        this.score(round, a, inputs.points.get(a.id) ?? [], inputs.ballots.get(a.id), inputs.interviews.get(a.id), inputs.certificates.get(a.id), inputs.mutual.get(a.id)),
      ]),
    );
  }

  /** How many certificates each assessment has: one query for a whole round. */
  async certificatesIssued(assessmentIds: string[]): Promise<Map<string, number>> {
    const tallies = await this.certificates.tallies(assessmentIds);
    return new Map(assessmentIds.map((id) => [id, tallies.get(id)?.issued ?? 0]));
  }

  /** For each assessment of the round that cannot be fully scored yet, the sub-items it lacks. */
  async missingByAssessment(round: AssessmentRound): Promise<Map<string, string[]>> {
    const results = await this.scoreAll(round, await this.assessments.findByRound(round.id, { kind: 'ALL' }));
    const missing = new Map<string, string[]>();
    for (const [id, result] of results) if (result.total === null) missing.set(id, result.problems.map((p) => p.subItem));
    return missing;
  }
}
