import { type Gender, GENDER } from './vocabulary';
import { isCalendarDate, nationalIdFacts, nationalIdProblem } from './national-id';

/** A problem with one field, in Chinese, for the API and the import report alike. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A mobile number, or a landline with its area code. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export const PHONE_PROBLEM = '联系电话须为11位手机号或带区号的固定电话';

export interface CadreIdentity {
  nationalId: string;
  birthDate: string;
  gender: Gender;
  phone: string;
}

/**
 * The identity card number must be valid and agree with the birth date and gender
 * entered beside it: a mismatch is nearly always a typing error in one of them.
 */
export function cadreIdentityProblems(cadre: CadreIdentity): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const idProblem = nationalIdProblem(cadre.nationalId);
  if (idProblem) problems.push({ field: 'nationalId', message: `身份证号${idProblem}` });
  if (!isCalendarDate(cadre.birthDate)) problems.push({ field: 'birthDate', message: '出生日期不是有效日期' });
  if (!idProblem && isCalendarDate(cadre.birthDate)) {
    const facts = nationalIdFacts(cadre.nationalId);
    if (facts.birthDate !== cadre.birthDate) {
      problems.push({ field: 'birthDate', message: `出生日期与身份证号不符（身份证为${facts.birthDate}）` });
    }
    if (facts.gender !== cadre.gender) {
      problems.push({ field: 'gender', message: `性别与身份证号不符（身份证为${GENDER.label(facts.gender as Gender)}）` });
    }
  }
  if (!PHONE_PATTERN.test(cadre.phone)) problems.push({ field: 'phone', message: PHONE_PROBLEM });
  return problems;
}
