import fc from 'fast-check';
import { SecondmentCategory } from '../registry/vocabulary';
import { type CalibrationCandidate, calibrate, Grade, type GradeProposal, ProposalStatus, type Quota, quotaCount } from './calibration';
import { DEFAULT_RUBRIC } from './default-rubric';
import { ENTERED_SOURCES, type Hundredths, Rating, RATINGS, type RatingSource, type RubricDefinition, ScoreSource } from './rubric';
import { resolveSubItems } from './rubric-validation';
import { computeScore, type RatingTally } from './score-engine';

const RUNS = { numRuns: 200 };
const CATEGORIES = Object.values(SecondmentCategory);
const RATING_SOURCES: RatingSource[] = [ScoreSource.Ballots, ScoreSource.Certificates, ScoreSource.Interviews, ScoreSource.MutualEvaluation];

const categoryArb = fc.constantFrom(...CATEGORIES);

/** A tally of at least `min` ratings (and at most 60). */
const tallyArb = (min: number): fc.Arbitrary<RatingTally> =>
  fc.array(fc.constantFrom(...RATINGS), { minLength: min, maxLength: Math.max(min, 60) }).map((ratings) => {
    const tally: RatingTally = {};
    for (const r of ratings) tally[r] = (tally[r] ?? 0) + 1;
    return tally;
  });

/** Valid rating weights: integers 0–100, 优秀 ≥ 称职 ≥ 基本称职 ≥ 不称职. */
const weightsArb: fc.Arbitrary<Record<Rating, number>> = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 })
  .map((w) => [...w].sort((a, b) => b - a))
  .map(([e, c, b, i]) => ({ [Rating.Excellent]: e, [Rating.Competent]: c, [Rating.BasicallyCompetent]: b, [Rating.Incompetent]: i }));

/** A rubric (the default or the default with other valid weights), a category and valid inputs for it. */
const scoringCaseArb = fc
  .tuple(fc.option(weightsArb, { nil: undefined }), categoryArb)
  .chain(([weights, category]) => {
    const rubric: RubricDefinition = weights ? { ...DEFAULT_RUBRIC, ratingWeights: weights } : DEFAULT_RUBRIC;
    const enteredSubs = resolveSubItems(rubric, category).filter((s) => s.sources.length === 1 && ENTERED_SOURCES.has(s.sources[0].source));
    const entered = fc.record(Object.fromEntries(enteredSubs.map((s) => [s.code, fc.integer({ min: 0, max: s.maxPoints })])) as Record<string, fc.Arbitrary<number>>);
    const ratings = fc.record(
      Object.fromEntries(RATING_SOURCES.map((source) => [source, tallyArb(rubric.minimumRatings[source])])) as Record<RatingSource, fc.Arbitrary<RatingTally>>,
    );
    return fc.record({ rubric: fc.constant(rubric), category: fc.constant(category), inputs: fc.record({ entered, ratings }) });
  });

const countsOf = (tally: RatingTally | undefined) => RATINGS.map((r) => BigInt(tally?.[r] ?? 0));

describe('computeScore: properties for any category and valid inputs', () => {
  it('no problems; every sub-item within 0..max; items are the sums of their sub-items, the total the sum of items, within 0..100', () => {
    fc.assert(
      fc.property(scoringCaseArb, ({ rubric, category, inputs }) => {
        const result = computeScore(rubric, category, inputs);
        expect(result.problems).toEqual([]);
        for (const s of result.subItems) {
          expect(Number.isInteger(s.points)).toBe(true);
          expect(s.points as number).toBeGreaterThanOrEqual(0);
          expect(s.points as number).toBeLessThanOrEqual(s.maxPoints);
        }
        for (const item of result.items) {
          const own = result.subItems.filter((s) => s.itemCode === item.code);
          expect(own.length).toBeGreaterThan(0);
          expect(item.points).toBe(own.reduce((sum, s) => sum + (s.points as number), 0));
        }
        expect(result.total).toBe(result.items.reduce((sum, i) => sum + (i.points as number), 0));
        expect(result.total as number).toBeGreaterThanOrEqual(0);
        expect(result.total as number).toBeLessThanOrEqual(10_000);
      }),
      RUNS,
    );
  });

  it('a computed sub-item is the exact value rounded half up once: value − exact ∈ (−½, +½] hundredth', () => {
    fc.assert(
      fc.property(scoringCaseArb, ({ rubric, category, inputs }) => {
        const result = computeScore(rubric, category, inputs);
        for (const sub of resolveSubItems(rubric, category)) {
          if (sub.sources.every((s) => ENTERED_SOURCES.has(s.source))) continue;
          // exact = Σ max × percent/100 × (Σ weight × count) / (100 × n), as the fraction N / D
          let N = 0n;
          let D = 1n;
          for (const share of sub.sources) {
            const counts = countsOf(inputs.ratings[share.source as RatingSource]);
            const n = counts.reduce((a, b) => a + b, 0n);
            const weighted = RATINGS.reduce((sum, r, i) => sum + BigInt(rubric.ratingWeights[r]) * counts[i], 0n);
            const pn = BigInt(sub.maxPoints) * BigInt(share.percent) * weighted;
            const pd = 10_000n * n;
            N = N * pd + pn * D;
            D = D * pd;
          }
          const value = BigInt(result.subItems.find((s) => s.code === sub.code)?.points as number);
          const twiceError = 2n * value * D - 2n * N; // 2 × (value − exact) × D
          expect(twiceError > -D && twiceError <= D).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('raising one entered score (within its maximum) raises the total by exactly as much: never lowers it', () => {
    const arb = scoringCaseArb.chain((c) =>
      fc.record({
        c: fc.constant(c),
        code: fc.constantFrom(...Object.keys(c.inputs.entered)),
        raise: fc.integer({ min: 1, max: 1200 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ c, code, raise }) => {
        const max = resolveSubItems(c.rubric, c.category).find((s) => s.code === code)?.maxPoints as number;
        const before = computeScore(c.rubric, c.category, c.inputs).total as number;
        const raised = Math.min(max, (c.inputs.entered[code] as number) + raise);
        const after = computeScore(c.rubric, c.category, { ...c.inputs, entered: { ...c.inputs.entered, [code]: raised } }).total as number;
        expect(after - before).toBe(raised - (c.inputs.entered[code] as number));
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------
// Calibration

const totalArb: fc.Arbitrary<Hundredths | null> = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000 }) },
  // a few whole points around the Excellent line, so that ties at the quota line are frequent
  { weight: 6, arbitrary: fc.integer({ min: 88, max: 95 }).map((p) => p * 100) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const rarely = (oneIn: number) => fc.integer({ min: 1, max: oneIn }).map((x) => x === 1);

const candidateFieldsArb = fc.record({
  category: categoryArb,
  total: totalArb,
  veto: rarely(6),
  notGraded: rarely(10),
  recommended: fc.boolean(),
  certificatesIssued: fc.integer({ min: 0, max: 2 }),
});

const toCandidates = (rows: { notGraded: boolean; category: SecondmentCategory; total: Hundredths | null; veto: boolean; recommended: boolean; certificatesIssued: number }[]) =>
  rows.map(({ notGraded, ...row }, i): CalibrationCandidate => ({ id: `c${i}`, ...row, notGradedReason: notGraded ? '受处分期间' : null }));

/** A round of up to 40, mixed categories and totals. */
const roundArb: fc.Arbitrary<CalibrationCandidate[]> = fc.array(candidateFieldsArb, { maxLength: 40, size: 'max' }).map(toCandidates);

/** A small round, nearly all eligible, on four totals around the line: ties at the quota line in most draws. */
const crowdedRoundArb: fc.Arbitrary<CalibrationCandidate[]> = fc
  .array(
    fc.record({
      category: fc.oneof({ weight: 4, arbitrary: fc.constant(SecondmentCategory.Grassroots) }, { weight: 1, arbitrary: categoryArb }),
      total: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(8900, 9000, 9100, 9200) }, { weight: 1, arbitrary: totalArb }),
      veto: rarely(8),
      notGraded: rarely(12),
      recommended: fc.boolean(),
      certificatesIssued: fc.integer({ min: 0, max: 2 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map(toCandidates);


// Mostly quotas that bind (fewer places than candidates above the line), sometimes any.
const quotaArb: fc.Arbitrary<Quota> = fc.oneof(
  fc
    .oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: 45 }) })
    .map((count): Quota => ({ kind: 'COUNT', count })),
  fc
    .oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: -10, max: 100 }) })
    .map((percent): Quota => ({ kind: 'PERCENT', percent })),
);

/** A few places only, for the crowded rounds. */
const fewPlacesArb: fc.Arbitrary<Quota> = fc.oneof(
  fc.integer({ min: 0, max: 3 }).map((count): Quota => ({ kind: 'COUNT', count })),
  fc.integer({ min: 10, max: 50 }).map((percent): Quota => ({ kind: 'PERCENT', percent })),
);

/** Candidates and a quota. */
const roundCaseArb: fc.Arbitrary<[CalibrationCandidate[], Quota]> = fc.oneof(fc.tuple(roundArb, quotaArb), fc.tuple(crowdedRoundArb, fewPlacesArb));

const isGraded = (c: CalibrationCandidate) => !c.notGradedReason && c.total !== null;
const mayBeExcellent = (c: CalibrationCandidate) =>
  isGraded(c) &&
  (c.total as number) >= DEFAULT_RUBRIC.thresholds.excellent &&
  !c.veto &&
  (c.category !== SecondmentCategory.MajorProject || c.recommended === true) &&
  (c.category !== SecondmentCategory.InvestmentPromotion || (c.certificatesIssued ?? 0) >= 2);

/** EXCELLENT > TIE_AT_QUOTA (grade null, still open) > COMPETENT > BASICALLY_COMPETENT > INCOMPETENT. */
const standing = (p: GradeProposal): number => {
  if (p.status === ProposalStatus.TieAtQuota) return 3;
  switch (p.grade) {
    case Grade.Excellent:
      return 4;
    case Grade.Competent:
      return 2;
    case Grade.BasicallyCompetent:
      return 1;
    case Grade.Incompetent:
      return 0;
    default:
      throw new Error(`no standing for ${p.id}: ${p.status}`);
  }
};
const proposalOf = (proposals: GradeProposal[], id: string) => proposals.find((p) => p.id === id) as GradeProposal;

describe('calibrate: properties for arbitrary candidates and quotas', () => {
  it('the number of Excellent never exceeds quotaCount over the graded', () => {
    fc.assert(
      fc.property(roundCaseArb, ([candidates, quota]) => {
        const result = calibrate(DEFAULT_RUBRIC, candidates, quota);
        const excellent = result.proposals.filter((p) => p.grade === Grade.Excellent).length;
        const places = quotaCount(quota, candidates.filter(isGraded).length);
        expect(result.quota).toBe(places);
        expect(result.excellent).toBe(excellent);
        expect(excellent).toBeLessThanOrEqual(places);
        if (result.tie) expect(excellent + result.tie.places).toBe(places);
      }),
      RUNS,
    );
  });

  it('no ineligible candidate is ever Excellent, and every candidate gets exactly one proposal', () => {
    fc.assert(
      fc.property(roundCaseArb, ([candidates, quota]) => {
        const result = calibrate(DEFAULT_RUBRIC, candidates, quota);
        expect(result.proposals.map((p) => p.id).sort()).toEqual(candidates.map((c) => c.id).sort());
        for (const c of candidates) {
          const p = proposalOf(result.proposals, c.id);
          if (p.grade === Grade.Excellent || p.status === ProposalStatus.TieAtQuota) expect(mayBeExcellent(c)).toBe(true);
          if (c.notGradedReason) expect(p.status).toBe(ProposalStatus.NotGraded);
          else if (c.total === null) expect(p.status).toBe(ProposalStatus.Incomplete);
        }
      }),
      RUNS,
    );
  });

  it('places go by total: every Excellent outranks every tied one, who outranks every eligible one left out', () => {
    fc.assert(
      fc.property(roundCaseArb, ([candidates, quota]) => {
        const result = calibrate(DEFAULT_RUBRIC, candidates, quota);
        const totals = (pred: (p: GradeProposal, c: CalibrationCandidate) => boolean) =>
          candidates.filter((c) => pred(proposalOf(result.proposals, c.id), c)).map((c) => c.total as number);
        const excellent = totals((p) => p.grade === Grade.Excellent);
        const tied = totals((p) => p.status === ProposalStatus.TieAtQuota);
        const leftOut = totals((p, c) => mayBeExcellent(c) && p.grade === Grade.Competent);
        expect(new Set(tied).size).toBeLessThanOrEqual(1);
        if (result.tie) {
          expect(tied).toHaveLength(result.tie.ids.length);
          expect(result.tie.ids.length).toBeGreaterThan(result.tie.places);
          expect(result.tie.places).toBeGreaterThan(0);
        } else {
          expect(tied).toEqual([]);
        }
        for (const e of excellent) {
          for (const t of [...tied, ...leftOut]) expect(e).toBeGreaterThan(t);
        }
        for (const t of tied) for (const l of leftOut) expect(t).toBeGreaterThan(l);
      }),
      RUNS,
    );
  });

  it('raising one candidate’s total never lowers their own standing (EXCELLENT > TIE_AT_QUOTA > COMPETENT > 基本称职 > 不称职)', () => {
    // The raised one, x, joins a round; it starts and ends on the round's own totals (or the
    // totals around the line) often, so that it leaves, joins and makes ties at the quota line.
    const arb = fc
      .tuple(
        roundCaseArb,
        fc.record({
          category: fc.oneof({ weight: 3, arbitrary: fc.constant(SecondmentCategory.Grassroots) }, { weight: 1, arbitrary: categoryArb }),
          veto: rarely(8),
          recommended: fc.boolean(),
          certificatesIssued: fc.integer({ min: 0, max: 2 }),
        }),
      )
      .chain(([[others, quota], fields]) => {
        const totals = others.map((c) => c.total).filter((t): t is number => t !== null);
        const point = fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...totals, 8900, 9000, 9100, 9200) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000 }) },
        );
        return fc
          .tuple(point, point)
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => ({ others, quota, x: { id: 'x', ...fields }, from: Math.min(a, b), to: Math.max(a, b) }));
      });
    fc.assert(
      fc.property(arb, ({ others, quota, x, from, to }) => {
        const before = standing(proposalOf(calibrate(DEFAULT_RUBRIC, [...others, { ...x, total: from }], quota).proposals, 'x'));
        const after = standing(proposalOf(calibrate(DEFAULT_RUBRIC, [...others, { ...x, total: to }], quota).proposals, 'x'));
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('raising never lowers one’s own standing: exhaustively, over every small round on the totals around the line', () => {
    // Every multiset of up to 4 other totals from 89, 90, 91, 92, every COUNT quota 0..4, every raise between them:
    // 70 rounds × 5 quotas × 6 raises. Random draws rarely hit "raised exactly onto a tied group at the line".
    const TOTALS = [8900, 9000, 9100, 9200];
    const rounds: number[][] = [[]];
    for (let size = 1; size <= 4; size++) {
      const grow = (prefix: number[], from: number): void => {
        if (prefix.length === size) {
          rounds.push(prefix);
          return;
        }
        for (let k = from; k < TOTALS.length; k++) grow([...prefix, TOTALS[k]], k);
      };
      grow([], 0);
    }
    expect(rounds).toHaveLength(70);
    let checked = 0;
    for (const totals of rounds) {
      const others = totals.map((total, i): CalibrationCandidate => ({ id: `c${i}`, category: SecondmentCategory.Grassroots, total }));
      for (let count = 0; count <= 4; count++) {
        for (const from of TOTALS) {
          for (const to of TOTALS.filter((t) => t > from)) {
            const at = (total: number) =>
              standing(proposalOf(calibrate(DEFAULT_RUBRIC, [...others, { id: 'x', category: SecondmentCategory.Grassroots, total }], { kind: 'COUNT', count }).proposals, 'x'));
            const before = at(from);
            const after = at(to);
            if (after < before) throw new Error(`x ${from} → ${to} among [${totals.join(', ')}], quota ${count}: standing ${before} → ${after}`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(70 * 5 * 6);
  });

  it('the result does not depend on the order of the candidates', () => {
    const arb = roundCaseArb
      .chain(([candidates, quota]) =>
        fc.record({ candidates: fc.constant(candidates), quota: fc.constant(quota), shuffled: fc.shuffledSubarray(candidates, { minLength: candidates.length }) }),
      );
    fc.assert(
      fc.property(arb, ({ candidates, quota, shuffled }) => {
        const a = calibrate(DEFAULT_RUBRIC, candidates, quota);
        const b = calibrate(DEFAULT_RUBRIC, shuffled, quota);
        const perId = (ps: GradeProposal[]) => Object.fromEntries(ps.map((p) => [p.id, p]));
        expect(perId(b.proposals)).toEqual(perId(a.proposals));
        expect(b.proposals.map((p) => p.id)).toEqual(a.proposals.map((p) => p.id));
        expect({ quota: b.quota, excellent: b.excellent, tie: b.tie }).toEqual({ quota: a.quota, excellent: a.excellent, tie: a.tie });
      }),
      RUNS,
    );
  });
});

describe('calibrate: raising one total may lower someone else (expected under a quota, not a bug)', () => {
  it('B reaching A’s total turns A’s Excellent into a tie at the quota line', () => {
    const before = calibrate(DEFAULT_RUBRIC, [{ id: 'a', category: SecondmentCategory.Grassroots, total: 9600 }, { id: 'b', category: SecondmentCategory.Grassroots, total: 9400 }], {
      kind: 'COUNT',
      count: 1,
    });
    const after = calibrate(DEFAULT_RUBRIC, [{ id: 'a', category: SecondmentCategory.Grassroots, total: 9600 }, { id: 'b', category: SecondmentCategory.Grassroots, total: 9600 }], {
      kind: 'COUNT',
      count: 1,
    });
    expect(proposalOf(before.proposals, 'a').grade).toBe(Grade.Excellent);
    expect(proposalOf(before.proposals, 'b').grade).toBe(Grade.Competent);
    expect(proposalOf(after.proposals, 'a').status).toBe(ProposalStatus.TieAtQuota);
    expect(proposalOf(after.proposals, 'b').status).toBe(ProposalStatus.TieAtQuota);
  });
});
