import { Injectable } from '@nestjs/common';
import { computeScore, Rating, type RatingTally, resolveSubItems, type RubricDefinition, type SecondmentCategory, ScoreSource, type ScoreResult, tallyBallots } from '@app/domain';
import { BallotsRepository, type ChoiceCounts } from '../ballots/ballots.repository';
import { CertificatesRepository } from '../certificates/certificates.repository';
import { InterviewsRepository } from '../interviews/interviews.repository';
import { MutualEvaluationsRepository } from '../mutual-evaluations/mutual-evaluations.repository';
import type { AssessmentRound } from '../rounds/assessment-round.entity';
import type { RubricVersion } from '../rubrics/rubric-version.entity';
import type { Assessment } from './assessment.entity';
import { AssessmentsRepository, type EnteredPoints } from './assessments.repository';

/** What scoring needs of an assessment: which one, and its category's variant of the rubric. */
export type Scorable = Pick<Assessment, 'id' | 'category'>;

/** What scoring needs of a round: its rubric version and its thresholds. */
export type ScoringRound = Pick<AssessmentRound, 'id' | 'minParticipationPercent' | 'minInterviews'> & { rubricVersion?: Pick<RubricVersion, 'definition'> };

/** The rubric a round scores against; the round must be loaded with it. */
export function rubricOf(round: ScoringRound): RubricDefinition {
  if (!round.rubricVersion) throw new Error(`round ${round.id} was loaded without its rubric version`);
  return round.rubricVersion.definition;
}

/** The sources the sub-items of these categories' variants draw on. */
export function sourcesDrawnOn(rubric: RubricDefinition, categories: ReadonlySet<SecondmentCategory>): Set<ScoreSource> {
  return new Set([...categories].flatMap((category) => resolveSubItems(rubric, category).flatMap((sub) => sub.sources.map((s) => s.source))));
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
    private readonly ballots: BallotsRepository,
    private readonly interviews: InterviewsRepository,
    private readonly certificates: CertificatesRepository,
    private readonly mutual: MutualEvaluationsRepository,
  ) {}

  /** `ballots`: the assessment's latest closed democratic evaluation, if any. */
  score(
    round: ScoringRound,
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

  /**
   * Scores many assessments of one round with at most five queries, whatever their
   * number, and only for the inputs their categories' variants of the rubric draw on (one
   * grassroots cadre needs no interviews, certificates or mutual evaluations read);
   * `entered`, when the caller has the entered scores (or is writing them: the other
   * inputs are read meanwhile), saves one more.
   */
  async scoreAll(
    round: ScoringRound,
    assessments: readonly Scorable[],
    entered?: Map<string, readonly EnteredPoints[]> | Promise<Map<string, readonly EnteredPoints[]>>,
  ): Promise<Map<string, ScoreResult>> {
    const score = await this.scorer(round, assessments, entered);
    return new Map(assessments.map((a) => [a.id, score(a)]));
  }

  /**
   * As scoreAll, but answers a function that scores one of the assessments when asked: a
   * report writing a row at a time holds the inputs of its page, not every result of it
   * (a result, explanations and all, then lives only as long as its row takes to write).
   */
  async scorer(
    round: ScoringRound,
    assessments: readonly Scorable[],
    entered?: Map<string, readonly EnteredPoints[]> | Promise<Map<string, readonly EnteredPoints[]>>,
  ): Promise<(assessment: Scorable) => ScoreResult> {
    const ids = assessments.map((a) => a.id);
    const drawn = sourcesDrawnOn(rubricOf(round), new Set(assessments.map((a) => a.category)));
    const read = <T>(source: ScoreSource, load: (ids: string[]) => Promise<Map<string, T>>) => (drawn.has(source) ? load(ids) : Promise.resolve(new Map<string, T>()));
    const [scores, ballots, interviews, certificates, mutual] = await Promise.all([
      entered ?? this.assessments.pointsOf(ids),
      read(ScoreSource.Ballots, (ids) => this.ballots.latestClosed(ids)),
      read(ScoreSource.Interviews, (ids) => this.interviews.tallies(ids)),
      read(ScoreSource.Certificates, (ids) => this.certificates.tallies(ids)),
      read(ScoreSource.MutualEvaluation, (ids) => this.mutual.tallies(ids)),
    ]);
    return (a) => this.score(round, a, scores.get(a.id) ?? [], ballots.get(a.id), interviews.get(a.id), certificates.get(a.id), mutual.get(a.id));
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
