/**
 * Resident identity card numbers (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women), and an ISO 7064 MOD 11-2 check
 * character (0–9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function nationalIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export interface NationalIdFacts {
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
}

/** The birth date (YYYY-MM-DD) and gender encoded in a valid number. */
export function nationalIdFacts(id: string): NationalIdFacts {
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

/** Why a number is not a valid identity card number (in Chinese, for people), or null. */
export function nationalIdProblem(id: string): string | null {
  if (!/^\d{17}[\dX]$/.test(id)) return '须为18位，前17位为数字，末位为数字或大写X';
  const { birthDate } = nationalIdFacts(id);
  if (!isCalendarDate(birthDate)) return '出生日期部分不是有效日期';
  if (nationalIdCheckChar(id.slice(0, 17)) !== id[17]) return '校验码不正确';
  return null;
}

/** `4101**********1234`: the region prefix and the last four, nothing that dates the person. */
export function maskNationalId(id: string): string {
  return id.length < 8 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** `138****5678` */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** A YYYY-MM-DD string that names a real day. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A valid number from its parts: a 6-digit region code, a YYYY-MM-DD birth date and a
 * sequence (0–999; odd for men, even for women). For demo data and tests.
 */
export function composeNationalId(regionCode: string, birthDate: string, sequence: number): string {
  const first17 = `${regionCode}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return `${first17}${nationalIdCheckChar(first17)}`;
}
