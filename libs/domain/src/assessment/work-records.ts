import type { Hundredths } from '../scoring/rubric';

/**
 * The sub-item the default rubric scores from the completeness of work records
 * (1.2 纪实填报). A rubric version that renumbers it should carry this as data; until
 * one does, it is named here, once.
 */
export const WORK_RECORD_SUB_ITEM = '1.2';

const DAY = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

/** Monday-based week number of a day (day 0, 1970-01-01, was a Thursday). */
function weekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}

export interface WorkRecordSuggestion {
  weeks: number;
  weeksWithRecord: number;
  points: Hundredths;
  explanation: string;
}

/**
 * A suggested score: the sub-item's maximum × the share of weeks (Monday to Sunday)
 * overlapping the period that have at least one confirmed work record, rounded half up.
 */
export function workRecordSuggestion(period: { startDate: string; endDate: string }, confirmedDates: readonly string[], maxPoints: Hundredths): WorkRecordSuggestion {
  const first = weekOf(dayNumber(period.startDate));
  const last = weekOf(dayNumber(period.endDate));
  const weeks = Math.max(0, last - first + 1);
  const covered = new Set(
    confirmedDates
      .filter((d) => d >= period.startDate && d <= period.endDate)
      .map((d) => weekOf(dayNumber(d))),
  );
  const points = weeks === 0 ? 0 : Math.floor((2 * maxPoints * covered.size + weeks) / (2 * weeks));
  return {
    weeks,
    weeksWithRecord: covered.size,
    points,
    explanation: `考核期内共 ${weeks} 周，其中 ${covered.size} 周有经用人单位确认的工作纪实；建议分 = ${(maxPoints / 100).toFixed(2)} × ${covered.size} ÷ ${weeks} = ${(points / 100).toFixed(2)}`,
  };
}
