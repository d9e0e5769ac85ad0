import { Rating, RATINGS } from '../scoring/rubric';

/** 民主测评统计: what a closed democratic evaluation amounts to. */
export interface BallotTally {
  expectedVoters: number;
  /** Ballots cast, invalid ones included. */
  cast: number;
  invalid: number;
  counts: Record<Rating, number>;
  /** Percent of each rating among the valid ballots, two decimals. */
  percentages: Record<Rating, number>;
  /** Cast as a percent of expected, two decimals. */
  participationPercent: number;
  /** Participation reached the round's minimum, so the ballots may feed 3.1. */
  usable: boolean;
}

const twoDecimals = (numerator: number, denominator: number) => (denominator === 0 ? 0 : Math.round((numerator * 10_000) / denominator) / 100);

export function tallyBallots(
  expectedVoters: number,
  choices: Readonly<Partial<Record<Rating | 'INVALID', number>>>,
  minParticipationPercent: number,
): BallotTally {
  const counts = Object.fromEntries(RATINGS.map((r) => [r, choices[r] ?? 0])) as Record<Rating, number>;
  const valid = RATINGS.reduce((sum, r) => sum + counts[r], 0);
  const invalid = choices.INVALID ?? 0;
  const cast = valid + invalid;
  return {
    expectedVoters,
    cast,
    invalid,
    counts,
    percentages: Object.fromEntries(RATINGS.map((r) => [r, twoDecimals(counts[r], valid)])) as Record<Rating, number>,
    participationPercent: twoDecimals(cast, expectedVoters),
    // Integer arithmetic: 2/3 of voters is not lost to rounding.
    usable: expectedVoters > 0 && cast * 100 >= minParticipationPercent * expectedVoters,
  };
}

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A one-time code like `7KQ2M-X9PAD`: 50 random bits, no 0/O or 1/I to misread on paper. */
export function formatBallotCode(random: Uint8Array): string {
  const chars = Array.from(random.slice(0, 10), (byte) => CODE_ALPHABET[byte % 32]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** Codes are typed by people: case, spaces and dashes do not matter. */
export function normalizeBallotCode(code: string): string {
  const plain = code.toUpperCase().replace(/[\s-]/g, '');
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}
