import type { Quota } from '@app/domain';
import { type AssessmentRound, QuotaKind } from './assessment-round.entity';

/** The round's Excellent quota as the domain's calibration reads it. */
export function quotaOf(round: AssessmentRound): Quota {
  return round.quotaKind === QuotaKind.Count ? { kind: 'COUNT', count: round.quotaValue } : { kind: 'PERCENT', percent: round.quotaValue };
}
