import fc from 'fast-check';
import {
  composeNationalId,
  isCalendarDate,
  maskNationalId,
  maskPhone,
  nationalIdCheckChar,
  nationalIdFacts,
  nationalIdProblem,
} from './national-id';

const BAD_SHAPE = '须为18位，前17位为数字，末位为数字或大写X';
const BAD_DATE = '出生日期部分不是有效日期';
const BAD_CHECK = '校验码不正确';

/**
 * ISO 7064 MOD 11-2 written from the definition (weights 2^(17-i) mod 11, check value
 * (12 - sum mod 11) mod 11, 10 written X), independently of the table in the code.
 */
function referenceCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

const CHECK_ALPHABET = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'];

/** Birth dates between 1900-01-01 and 2099-12-31 as YYYY-MM-DD. */
const birthDateArb = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const regionArb = fc.integer({ min: 110000, max: 659999 }).map(String);
const sequenceArb = fc.integer({ min: 0, max: 999 });

describe('nationalIdCheckChar', () => {
  it.each<[string, string]>([
    // The two examples printed in GB 11643-1999.
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['41010219880512001', 'X'],
    ['00000000000000000', '1'],
    ['99999999999999999', referenceCheckChar('99999999999999999')],
  ])('%s → %s', (first17, expected) => {
    expect(nationalIdCheckChar(first17)).toBe(expected);
  });

  it('agrees with MOD 11-2 computed from its definition for any 17 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (first17) => {
        expect(nationalIdCheckChar(first17)).toBe(referenceCheckChar(first17));
      }),
    );
  });
});

describe('nationalIdProblem', () => {
  describe('accepts valid numbers', () => {
    it.each<[string]>([
      ['11010519491231002X'],
      ['440524188001010014'],
      ['41010219880512001X'],
      [composeNationalId('410102', '1988-05-12', 1)],
      [composeNationalId('410105', '2000-02-29', 2)],
      [composeNationalId('110101', '1900-01-01', 0)],
      [composeNationalId('650102', '1999-12-31', 999)],
      [composeNationalId('320106', '1975-07-04', 38)],
    ])('%s', (id) => {
      expect(nationalIdProblem(id)).toBeNull();
    });

    it('accepts every number composeNationalId makes', () => {
      fc.assert(
        fc.property(regionArb, birthDateArb, sequenceArb, (region, birthDate, sequence) => {
          const id = composeNationalId(region, birthDate, sequence);
          expect(id).toHaveLength(18);
          expect(nationalIdProblem(id)).toBeNull();
        }),
      );
    });
  });

  describe('refuses every wrong check character', () => {
    const valid = ['11010519491231002X', '440524188001010014', composeNationalId('410102', '1988-05-12', 15)];
    const cases = valid.flatMap((id) =>
      CHECK_ALPHABET.filter((c) => c !== id[17]).map((c): [string, string] => [id, `${id.slice(0, 17)}${c}`]),
    );
    it('has ten wrong characters per number', () => {
      expect(cases).toHaveLength(valid.length * 10);
    });
    it.each(cases)('%s with its last character changed: %s', (_valid, wrong) => {
      expect(nationalIdProblem(wrong)).toBe(BAD_CHECK);
    });

    it('any single changed digit in the body breaks the check (for dates that stay valid)', () => {
      fc.assert(
        fc.property(regionArb, birthDateArb, sequenceArb, fc.constantFrom(0, 1, 2, 3, 4, 5, 14, 15, 16), fc.integer({ min: 1, max: 9 }), (region, birthDate, sequence, position, delta) => {
          const id = composeNationalId(region, birthDate, sequence);
          const changed = `${id.slice(0, position)}${(Number(id[position]) + delta) % 10}${id.slice(position + 1)}`;
          // MOD 11-2 detects every single-digit substitution.
          expect(nationalIdProblem(changed)).toBe(BAD_CHECK);
        }),
      );
    });
  });

  describe('shape', () => {
    it.each<[string, string]>([
      ['empty', ''],
      ['17 characters', '11010519491231002'],
      ['19 characters', '11010519491231002X0'],
      ['19 characters, valid prefix plus a digit', '4405241880010100140'],
      ['15-digit first-generation number', '130503670401001'],
      ['lowercase x', '11010519491231002x'],
      ['X not last', '1101051949123100X2'],
      ['a letter in the body', '1101051949A231002X'],
      ['a letter in the region', 'A10105194912310029'],
      ['a space inside', '110105 9491231002X'],
      ['leading space', ' 11010519491231002X'],
      ['trailing space', '11010519491231002X '],
      ['full-width digits', '１１０１０５１９４９１２３１００２Ｘ'],
      ['Arabic-Indic digits', '١١٠١٠٥١٩٤٩١٢٣١٠٠٢X'],
      ['a hyphen', '110105-19491231002'],
      ['Y as check character', '11010519491231002Y'],
    ])('%s', (_name, id) => {
      expect(nationalIdProblem(id)).toBe(BAD_SHAPE);
    });
  });

  describe('birth date part', () => {
    // The check character is made right, so only the date can be at fault.
    const withCheck = (first17: string) => `${first17}${nationalIdCheckChar(first17)}`;
    it.each<[string, string, string | null]>([
      ['February 30', withCheck('41010219880230001'), BAD_DATE],
      ['month 13', withCheck('41010219881301001'), BAD_DATE],
      ['month 00', withCheck('41010219880001001'), BAD_DATE],
      ['day 00', withCheck('41010219880500001'), BAD_DATE],
      ['day 32', withCheck('41010219880132001'), BAD_DATE],
      ['April 31', withCheck('41010219880431001'), BAD_DATE],
      ['February 29 of 2023', withCheck('41010220230229001'), BAD_DATE],
      ['February 29 of 1900', withCheck('41010219000229001'), BAD_DATE],
      ['February 29 of 2000', withCheck('41010220000229001'), null],
      ['February 29 of 2024', withCheck('41010220240229001'), null],
      ['December 31', withCheck('41010219991231001'), null],
    ])('%s', (_name, id, expected) => {
      expect(nationalIdProblem(id)).toBe(expected);
    });

    it('reports the date before the check character', () => {
      // Both wrong: the date problem is the one named.
      const first17 = '41010219880230001';
      const wrongCheck = CHECK_ALPHABET.find((c) => c !== nationalIdCheckChar(first17));
      expect(nationalIdProblem(`${first17}${wrongCheck}`)).toBe(BAD_DATE);
    });
  });
});

describe('nationalIdFacts', () => {
  it.each<[string, string, 'MALE' | 'FEMALE']>([
    ['11010519491231002X', '1949-12-31', 'FEMALE'],
    ['440524188001010014', '1880-01-01', 'MALE'],
    [composeNationalId('410102', '1988-05-12', 1), '1988-05-12', 'MALE'],
    [composeNationalId('410102', '1988-05-12', 2), '1988-05-12', 'FEMALE'],
    [composeNationalId('410102', '2000-02-29', 0), '2000-02-29', 'FEMALE'],
    [composeNationalId('410102', '2000-02-29', 9), '2000-02-29', 'MALE'],
    [composeNationalId('410102', '2000-02-29', 998), '2000-02-29', 'FEMALE'],
    [composeNationalId('410102', '2000-02-29', 999), '2000-02-29', 'MALE'],
  ])('%s → %s %s', (id, birthDate, gender) => {
    expect(nationalIdFacts(id)).toEqual({ birthDate, gender });
  });

  it('reads gender from the parity of the 17th digit only', () => {
    for (let digit = 0; digit <= 9; digit++) {
      // Sequence x0d: only the 17th digit changes.
      const id = composeNationalId('410102', '1988-05-12', digit);
      expect(id[16]).toBe(String(digit));
      expect(nationalIdFacts(id).gender).toBe(digit % 2 === 1 ? 'MALE' : 'FEMALE');
    }
  });

  it('gives back the date and the sequence parity composeNationalId was given', () => {
    fc.assert(
      fc.property(regionArb, birthDateArb, sequenceArb, (region, birthDate, sequence) => {
        const facts = nationalIdFacts(composeNationalId(region, birthDate, sequence));
        expect(facts.birthDate).toBe(birthDate);
        expect(facts.gender).toBe(sequence % 2 === 1 ? 'MALE' : 'FEMALE');
      }),
    );
  });
});

describe('composeNationalId', () => {
  it.each<[string, string, number, string]>([
    ['110105', '1949-12-31', 2, '11010519491231002X'],
    ['440524', '1880-01-01', 1, '440524188001010014'],
    ['410102', '1988-05-12', 1, '41010219880512001X'],
    ['410102', '1988-05-12', 123, `41010219880512123${referenceCheckChar('41010219880512123')}`],
  ])('%s %s %i → %s', (region, birthDate, sequence, expected) => {
    expect(composeNationalId(region, birthDate, sequence)).toBe(expected);
  });
});

describe('maskNationalId', () => {
  it.each<[string, string, string]>([
    ['18 characters', '410102198805121234', '4101**********1234'],
    ['18 characters ending in X', '11010519491231002X', '1101**********002X'],
    ['15 characters', '130503670401001', '1305*******1001'],
    ['9 characters', '123456789', '1234*6789'],
    ['7 characters', '1234567', '*******'],
    ['1 character', '1', '*'],
    ['empty', '', ''],
  ])('%s', (_name, id, expected) => {
    expect(maskNationalId(id)).toBe(expected);
  });

  it('never shows the birth date of an 18-character number, and keeps the length', () => {
    fc.assert(
      fc.property(regionArb, birthDateArb, sequenceArb, (region, birthDate, sequence) => {
        const id = composeNationalId(region, birthDate, sequence);
        const masked = maskNationalId(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(0, 4)).toBe(id.slice(0, 4));
        expect(masked.slice(-4)).toBe(id.slice(-4));
        expect(masked.slice(4, 14)).toBe('**********');
      }),
    );
  });
});

describe('maskPhone', () => {
  it.each<[string, string, string]>([
    ['mobile', '13812345678', '138****5678'],
    ['landline with hyphen', '0371-12345678', '037******5678'],
    ['landline without hyphen', '037112345678', '037*****5678'],
    ['6 characters', '123456', '******'],
    ['empty', '', ''],
  ])('%s', (_name, phone, expected) => {
    expect(maskPhone(phone)).toBe(expected);
  });
});

describe('isCalendarDate', () => {
  it.each<[string, boolean]>([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2023-02-28', true],
    ['2023-01-31', true],
    ['2023-04-31', false],
    ['2023-04-30', true],
    ['2023-12-31', true],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-01-32', false],
    ['2023-1-1', false],
    ['2023/01/01', false],
    ['20230101', false],
    ['2023-01-01T00:00:00Z', false],
    [' 2023-01-01', false],
    ['', false],
    ['abcd-ef-gh', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('accepts every real day from 1900 to 2099', () => {
    fc.assert(fc.property(birthDateArb, (date) => expect(isCalendarDate(date)).toBe(true)));
  });
});
