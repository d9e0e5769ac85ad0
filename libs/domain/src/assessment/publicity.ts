/** 公示: the Excellent list is public for at least this many working days before finalization. */
export const PUBLICITY_WORKING_DAYS = 5;

/**
 * The first moment finalization is allowed: `workingDays` full working days
 * (Monday–Friday, in China Standard Time, not a listed public holiday, YYYY-MM-DD)
 * after the publicity began.
 */
export function publicityEndsAt(startedAt: Date, holidays: ReadonlySet<string> = new Set(), workingDays = PUBLICITY_WORKING_DAYS): Date {
  const CST = 8 * 3_600_000;
  const local = new Date(startedAt.getTime() + CST);
  // Count from the next midnight (China time): the day it starts on is not a full day.
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) + 86_400_000;
  let counted = 0;
  while (counted < workingDays) {
    const date = new Date(day);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(date.toISOString().slice(0, 10))) counted += 1;
    day += 86_400_000;
  }
  return new Date(day - CST);
}
