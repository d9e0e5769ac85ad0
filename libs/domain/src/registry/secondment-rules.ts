import type { FieldProblem } from './cadre-rules';
import { isCalendarDate } from './national-id';
import { SecondmentStatus } from './vocabulary';

/** Dates as YYYY-MM-DD, which compare correctly as strings. */
export interface Period {
  startDate: string;
  endDate: string;
}

export function periodProblems(period: Period): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isCalendarDate(period.startDate)) problems.push({ field: 'startDate', message: '开始日期不是有效日期' });
  if (!isCalendarDate(period.endDate)) problems.push({ field: 'endDate', message: '结束日期不是有效日期' });
  if (problems.length === 0 && period.endDate < period.startDate) {
    problems.push({ field: 'endDate', message: '结束日期早于开始日期' });
  }
  return problems;
}

/** A secondment's dates must lie within its batch's period. */
export function secondmentPeriodProblems(secondment: Period, batch: Period): FieldProblem[] {
  const problems = periodProblems(secondment);
  if (problems.length > 0) return problems;
  if (secondment.startDate < batch.startDate) {
    problems.push({ field: 'startDate', message: `开始日期早于批次开始日期（${batch.startDate}）` });
  }
  if (secondment.endDate > batch.endDate) {
    problems.push({ field: 'endDate', message: `结束日期晚于批次结束日期（${batch.endDate}）` });
  }
  return problems;
}

/**
 * Which status changes an edit may make. Completion will move to its own step with
 * the comprehensive appraisal; a withdrawn secondment may be reinstated.
 */
const TRANSITIONS: Readonly<Record<SecondmentStatus, readonly SecondmentStatus[]>> = {
  [SecondmentStatus.Active]: [SecondmentStatus.Completed, SecondmentStatus.Withdrawn],
  [SecondmentStatus.Withdrawn]: [SecondmentStatus.Active],
  [SecondmentStatus.Completed]: [],
};

export function canChangeSecondmentStatus(from: SecondmentStatus, to: SecondmentStatus): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}
