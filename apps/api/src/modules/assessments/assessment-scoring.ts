import { Injectable } from '@nestjs/common';
import { computeScore, type RubricDefinition, type ScoreResult } from '@app/domain';
import type { AssessmentRound } from '../rounds/assessment-round.entity';
import type { AssessmentScore } from './assessment-score.entity';
import type { Assessment } from './assessment.entity';
import { AssessmentsRepository } from './assessments.repository';

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
  constructor(private readonly assessments: AssessmentsRepository) {}

  score(definition: RubricDefinition, assessment: Assessment, scores: AssessmentScore[]): ScoreResult {
    const entered = Object.fromEntries(scores.map((s) => [s.subItemCode, s.points]));
    return computeScore(definition, assessment.category, { entered, ratings: {} });
  }

  /** For each assessment of the round that cannot be fully scored yet, the sub-items it lacks. */
  async missingByAssessment(round: AssessmentRound): Promise<Map<string, string[]>> {
    const definition = rubricOf(round);
    const all = await this.assessments.findByRound(round.id, { kind: 'ALL' });
    const scores = await this.assessments.scoresOf(all.map((a) => a.id));
    const missing = new Map<string, string[]>();
    for (const assessment of all) {
      const result = this.score(definition, assessment, scores.get(assessment.id) ?? []);
      if (result.total === null) missing.set(assessment.id, result.problems.map((p) => p.subItem));
    }
    return missing;
  }
}
