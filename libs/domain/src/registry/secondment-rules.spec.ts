import fc from 'fast-check';
import type { FieldProblem } from './cadre-rules';
import { canChangeSecondmentStatus, type Period, periodProblems, secondmentPeriodProblems } from './secondment-rules';
import { SecondmentStatus } from './vocabulary';

const START_INVALID: FieldProblem = { field: 'startDate', message: '开始日期不是有效日期' };
const END_INVALID: FieldProblem = { field: 'endDate', message: '结束日期不是有效日期' };
const END_BEFORE_START: FieldProblem = { field: 'endDate', message: '结束日期早于开始日期' };

const period = (startDate: string, endDate: string): Period => ({ startDate, endDate });

const dayArb = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe('periodProblems', () => {
  it.each<[string, Period, FieldProblem[]]>([
    ['a year', period('2023-01-01', '2023-12-31'), []],
    ['one day', period('2023-03-01', '2023-03-01'), []],
    ['across a leap day', period('2024-02-28', '2024-03-01'), []],
    ['ending on a leap day', period('2024-01-01', '2024-02-29'), []],
    ['end the day before start', period('2023-03-02', '2023-03-01'), [END_BEFORE_START]],
    ['end a year before start', period('2024-01-01', '2023-01-01'), [END_BEFORE_START]],
    ['end before start across months (string order 10 > 09)', period('2023-10-01', '2023-09-30'), [END_BEFORE_START]],
    ['invalid start', period('2023-02-30', '2023-12-31'), [START_INVALID]],
    ['invalid end', period('2023-01-01', '2023-13-01'), [END_INVALID]],
    ['both invalid', period('', '2023/12/31'), [START_INVALID, END_INVALID]],
    ['invalid start, end that would be "before" it: only validity reported', period('2023-99-99', '2023-01-01'), [START_INVALID]],
    ['not leap: 2023-02-29', period('2023-01-01', '2023-02-29'), [END_INVALID]],
    ['unpadded start', period('2023-3-1', '2023-12-31'), [START_INVALID]],
  ])('%s', (_name, value, expected) => {
    expect(periodProblems(value)).toEqual(expected);
  });

  it('a period of real days has a problem exactly when it ends before it starts', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const problems = periodProblems(period(a, b));
        expect(problems).toEqual(Date.parse(b) < Date.parse(a) ? [END_BEFORE_START] : []);
      }),
    );
  });
});

describe('secondmentPeriodProblems', () => {
  const batch = period('2023-03-01', '2023-12-31');
  const startsBefore: FieldProblem = { field: 'startDate', message: '开始日期早于批次开始日期（2023-03-01）' };
  const endsAfter: FieldProblem = { field: 'endDate', message: '结束日期晚于批次结束日期（2023-12-31）' };

  it.each<[string, Period, FieldProblem[]]>([
    ['inside', period('2023-04-01', '2023-10-31'), []],
    ['exactly the batch', period('2023-03-01', '2023-12-31'), []],
    ['touching the start', period('2023-03-01', '2023-06-30'), []],
    ['touching the end', period('2023-06-01', '2023-12-31'), []],
    ['a single day on the first day', period('2023-03-01', '2023-03-01'), []],
    ['a single day on the last day', period('2023-12-31', '2023-12-31'), []],
    ['starting the day before', period('2023-02-28', '2023-06-30'), [startsBefore]],
    ['starting a year before', period('2022-03-01', '2023-06-30'), [startsBefore]],
    ['ending the day after', period('2023-06-01', '2024-01-01'), [endsAfter]],
    ['ending a year after', period('2023-06-01', '2024-12-31'), [endsAfter]],
    ['starting before and ending after', period('2023-01-01', '2024-06-30'), [startsBefore, endsAfter]],
    ['entirely before the batch', period('2022-01-01', '2022-12-31'), [startsBefore]],
    ['entirely after the batch', period('2024-01-01', '2024-06-30'), [endsAfter]],
    ['end before start: only that, not the batch', period('2023-10-01', '2023-05-01'), [END_BEFORE_START]],
    ['end before start, both outside the batch', period('2024-06-01', '2022-01-01'), [END_BEFORE_START]],
    ['invalid start', period('2023-04-31', '2023-10-31'), [START_INVALID]],
    ['invalid end', period('2023-04-01', '2023-11-31'), [END_INVALID]],
  ])('%s', (_name, secondment, expected) => {
    expect(secondmentPeriodProblems(secondment, batch)).toEqual(expected);
  });

  it('names the batch dates in its messages', () => {
    expect(secondmentPeriodProblems(period('2024-01-01', '2026-01-01'), period('2024-02-01', '2025-06-30'))).toEqual([
      { field: 'startDate', message: '开始日期早于批次开始日期（2024-02-01）' },
      { field: 'endDate', message: '结束日期晚于批次结束日期（2025-06-30）' },
    ]);
  });

  it('is clean exactly when the secondment is a valid period inside the batch', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 4, maxLength: 4 }), (days) => {
        const [s, e, bs, be] = days;
        const sorted = [bs, be].sort();
        const batchPeriod = period(sorted[0], sorted[1]);
        const problems = secondmentPeriodProblems(period(s, e), batchPeriod);
        const inside = s <= e && s >= batchPeriod.startDate && e <= batchPeriod.endDate;
        expect(problems.length === 0).toBe(inside);
      }),
    );
  });
});

describe('canChangeSecondmentStatus', () => {
  const { Active, Completed, Withdrawn } = SecondmentStatus;
  it.each<[SecondmentStatus, SecondmentStatus, boolean]>([
    [Active, Active, true],
    [Active, Completed, true],
    [Active, Withdrawn, true],
    [Completed, Active, false],
    [Completed, Completed, true],
    [Completed, Withdrawn, false],
    [Withdrawn, Active, true],
    [Withdrawn, Completed, false],
    [Withdrawn, Withdrawn, true],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(canChangeSecondmentStatus(from, to)).toBe(expected);
  });

  it('leaves a completed secondment nowhere to go but itself', () => {
    const reachable = Object.values(SecondmentStatus).filter((to) => canChangeSecondmentStatus(Completed, to));
    expect(reachable).toEqual([Completed]);
  });
});
