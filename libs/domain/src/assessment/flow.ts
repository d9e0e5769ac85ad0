import type { SecondmentCategory } from '../registry/vocabulary';
import { ExcellentRequirement, type RubricDefinition, SCORE_SOURCE_LABELS, type ScoreSource } from '../scoring/rubric';
import { resolveSubItems } from '../scoring/rubric-validation';
import type { ScoreResult } from '../scoring/score-engine';

/** Who an input comes from: the role a waiting step waits on. */
const WAITS_ON: Readonly<Record<ScoreSource, string>> = {
  ORG_STAFF: 'ORG_STAFF',
  HOST_UNIT: 'HOST_UNIT',
  BALLOTS: 'VOTERS',
  CERTIFICATES: 'CERTIFIER',
  INTERVIEWS: 'ORG_STAFF',
  MUTUAL_EVALUATION: 'CADRE',
};

export interface FlowStep {
  step: string;
  label: string;
  done: boolean;
  /** Who must act while the step is not done. */
  waitingOn: string | null;
  /** The sub-items (or requirement) still missing. */
  missing: string[];
}

/**
 * The steps an assessment needs, derived from its category's rubric variant (one
 * step per score source) and the category's Excellent requirements: data, not a
 * list of ifs per category.
 */
export function assessmentFlow(
  rubric: RubricDefinition,
  category: SecondmentCategory,
  score: ScoreResult,
  facts: { recommended: boolean; certificatesIssued: number },
): FlowStep[] {
  const missingCodes = new Set(score.subItems.filter((s) => s.points === null).map((s) => s.code));
  const bySource = new Map<ScoreSource, string[]>();
  for (const sub of resolveSubItems(rubric, category)) {
    for (const share of sub.sources) {
      const list = bySource.get(share.source) ?? [];
      if (missingCodes.has(sub.code)) list.push(sub.code);
      bySource.set(share.source, list);
    }
  }
  const steps: FlowStep[] = [...bySource.entries()].map(([source, missing]) => ({
    step: source,
    label: SCORE_SOURCE_LABELS[source],
    done: missing.length === 0,
    waitingOn: missing.length === 0 ? null : WAITS_ON[source],
    missing,
  }));
  for (const requirement of rubric.excellentRequirements[category] ?? []) {
    const done = requirement === ExcellentRequirement.Recommended ? facts.recommended : facts.certificatesIssued >= 2;
    steps.push({
      step: requirement,
      label: requirement === ExcellentRequirement.Recommended ? '比对推荐（评优前提）' : '双出具（评优前提）',
      done,
      waitingOn: done ? null : requirement === ExcellentRequirement.Recommended ? 'ORG_STAFF' : 'CERTIFIER',
      missing: done ? [] : [requirement],
    });
  }
  return steps;
}
