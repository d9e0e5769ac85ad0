/** 公示: the Excellent list is public for at least this many working days before finalization. */
export const PUBLICITY_WORKING_DAYS = 5;

/**
 * The first moment finalization is allowed: `workingDays` full working days
 * (Monday–Friday, in China Standard Time) after the publicity began. Public holidays
 * are not known here; an office that needs them extends the period by hand.
 */
export function publicityEndsAt(startedAt: Date, workingDays = PUBLICITY_WORKING_DAYS): Date {
  const CST = 8 * 3_600_000;
  const local = new Date(startedAt.getTime() + CST);
  // Count from the next midnight (China time): the day it starts on is not a full day.
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) + 86_400_000;
  let counted = 0;
  while (counted < workingDays) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted += 1;
    day += 86_400_000;
  }
  return new Date(day - CST);
}
