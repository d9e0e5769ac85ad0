import fc from 'fast-check';
import { cadreIdentityProblems, type CadreIdentity, type FieldProblem, PHONE_PATTERN, PHONE_PROBLEM } from './cadre-rules';
import { composeNationalId } from './national-id';
import { Gender } from './vocabulary';

const MAN_ID = composeNationalId('410102', '1988-05-12', 13); // odd sequence: a man
const WOMAN_ID = '11010519491231002X'; // 1949-12-31, a woman

const valid: CadreIdentity = { nationalId: MAN_ID, birthDate: '1988-05-12', gender: Gender.Male, phone: '13812345678' };
const identity = (patch: Partial<CadreIdentity>): CadreIdentity => ({ ...valid, ...patch });
const phoneProblem: FieldProblem = { field: 'phone', message: PHONE_PROBLEM };

describe('cadreIdentityProblems', () => {
  it('has the documented phone message', () => {
    expect(PHONE_PROBLEM).toBe('联系电话须为11位手机号或带区号的固定电话');
  });

  it.each<[string, Partial<CadreIdentity>, FieldProblem[]]>([
    ['a consistent man', {}, []],
    ['a consistent woman with an X check character', { nationalId: WOMAN_ID, birthDate: '1949-12-31', gender: Gender.Female }, []],
    [
      'birth date differs from the id',
      { birthDate: '1988-05-13' },
      [{ field: 'birthDate', message: '出生日期与身份证号不符（身份证为1988-05-12）' }],
    ],
    [
      'gender differs from the id (man in the id)',
      { gender: Gender.Female },
      [{ field: 'gender', message: '性别与身份证号不符（身份证为男）' }],
    ],
    [
      'gender differs from the id (woman in the id)',
      { nationalId: WOMAN_ID, birthDate: '1949-12-31', gender: Gender.Male },
      [{ field: 'gender', message: '性别与身份证号不符（身份证为女）' }],
    ],
    [
      'birth date and gender both differ',
      { nationalId: WOMAN_ID, birthDate: '1950-01-01', gender: Gender.Male },
      [
        { field: 'birthDate', message: '出生日期与身份证号不符（身份证为1949-12-31）' },
        { field: 'gender', message: '性别与身份证号不符（身份证为女）' },
      ],
    ],
    [
      'an invalid birth date is reported as such, not as a mismatch',
      { birthDate: '1988-02-30' },
      [{ field: 'birthDate', message: '出生日期不是有效日期' }],
    ],
    ['a birth date in another format', { birthDate: '1988/05/12' }, [{ field: 'birthDate', message: '出生日期不是有效日期' }]],
    [
      'a wrong check character: nothing compared with it',
      { nationalId: `${MAN_ID.slice(0, 17)}${MAN_ID[17] === '0' ? '1' : '0'}`, gender: Gender.Female, birthDate: '1990-01-01' },
      [{ field: 'nationalId', message: '身份证号校验码不正确' }],
    ],
    [
      'a lowercase x',
      { nationalId: WOMAN_ID.toLowerCase(), birthDate: '1949-12-31', gender: Gender.Female },
      [{ field: 'nationalId', message: '身份证号须为18位，前17位为数字，末位为数字或大写X' }],
    ],
    [
      'an impossible birth date inside the id',
      { nationalId: composeNationalId('410102', '1988-02-30', 13), birthDate: '1988-02-28' },
      [{ field: 'nationalId', message: '身份证号出生日期部分不是有效日期' }],
    ],
    ['a 17-character id', { nationalId: MAN_ID.slice(0, 17) }, [{ field: 'nationalId', message: '身份证号须为18位，前17位为数字，末位为数字或大写X' }]],
    ['a bad phone', { phone: '12345' }, [phoneProblem]],
    [
      'everything wrong at once, in field order',
      { nationalId: 'abc', birthDate: 'never', gender: Gender.Female, phone: '' },
      [
        { field: 'nationalId', message: '身份证号须为18位，前17位为数字，末位为数字或大写X' },
        { field: 'birthDate', message: '出生日期不是有效日期' },
        phoneProblem,
      ],
    ],
    [
      'mismatches and a bad phone together',
      { birthDate: '1988-05-11', gender: Gender.Female, phone: '110' },
      [
        { field: 'birthDate', message: '出生日期与身份证号不符（身份证为1988-05-12）' },
        { field: 'gender', message: '性别与身份证号不符（身份证为男）' },
        phoneProblem,
      ],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(cadreIdentityProblems(identity(patch))).toEqual(expected);
  });

  describe('phone', () => {
    it.each<[string, string]>([
      ['mobile 13x', '13812345678'],
      ['mobile 15x', '15012345678'],
      ['mobile 19x', '19912345678'],
      ['mobile 14x', '14712345678'],
      ['mobile 16x', '16612345678'],
      ['mobile 17x', '17712345678'],
      ['mobile 18x', '18612345678'],
      ['landline, 4-digit area code, hyphen, 8 digits', '0371-12345678'],
      ['landline, 4-digit area code, no hyphen, 8 digits', '037112345678'],
      ['landline, 3-digit area code, hyphen, 8 digits', '010-12345678'],
      ['landline, 3-digit area code, no hyphen, 8 digits', '01012345678'],
      ['landline, 4-digit area code, 7 digits', '0394-1234567'],
      ['landline, 4-digit area code, 7 digits, no hyphen', '03941234567'],
    ])('accepts %s: %s', (_name, phone) => {
      expect(cadreIdentityProblems(identity({ phone }))).toEqual([]);
      expect(PHONE_PATTERN.test(phone)).toBe(true);
    });

    it.each<[string, string]>([
      ['empty', ''],
      ['mobile starting 10', '10012345678'],
      ['mobile starting 11', '11012345678'],
      ['mobile starting 12', '12012345678'],
      ['10-digit mobile', '1381234567'],
      ['12-digit mobile', '138123456789'],
      ['with +86', '+8613812345678'],
      ['with 86 prefix', '8613812345678'],
      ['with spaces', '138 1234 5678'],
      ['with hyphens', '138-1234-5678'],
      ['leading space', ' 13812345678'],
      ['trailing newline', '13812345678\n'],
      ['full-width digits', '１３８１２３４５６７８'],
      ['landline without area code', '12345678'],
      ['landline, area code not starting with 0', '3710-12345678'],
      ['landline, 6 digits', '0371-123456'],
      ['landline, 9 digits', '0371-123456789'],
      ['landline, 5-digit area code', '03712-12345678'],
      ['landline, 1-digit area code', '0-12345678'],
      ['landline with two hyphens', '0371--12345678'],
      ['landline with parentheses', '(0371)12345678'],
      ['landline with extension', '0371-12345678-801'],
      ['letters', '138abcd5678'],
      ['formula', '=13812345678'],
    ])('refuses %s: %j', (_name, phone) => {
      expect(cadreIdentityProblems(identity({ phone }))).toEqual([phoneProblem]);
      expect(PHONE_PATTERN.test(phone)).toBe(false);
    });

    it('accepts every 11-digit number starting 13–19 and refuses 10–12', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 9 }), fc.stringMatching(/^\d{9}$/), (second, rest) => {
          const phone = `1${second}${rest}`;
          expect(PHONE_PATTERN.test(phone)).toBe(second >= 3);
        }),
      );
    });
  });

  it('a consistent identity made by composeNationalId never has a problem', () => {
    const birthDateArb = fc
      .integer({ min: Date.UTC(1940, 0, 1) / 86_400_000, max: Date.UTC(2010, 11, 31) / 86_400_000 })
      .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(birthDateArb, fc.integer({ min: 0, max: 999 }), (birthDate, sequence) => {
        const gender = sequence % 2 === 1 ? Gender.Male : Gender.Female;
        const nationalId = composeNationalId('410102', birthDate, sequence);
        expect(cadreIdentityProblems({ nationalId, birthDate, gender, phone: '13800138000' })).toEqual([]);
        const other = gender === Gender.Male ? Gender.Female : Gender.Male;
        expect(cadreIdentityProblems({ nationalId, birthDate, gender: other, phone: '13800138000' }).map((p) => p.field)).toEqual(['gender']);
      }),
    );
  });
});
