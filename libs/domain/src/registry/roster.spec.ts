import fc from 'fast-check';
import { composeNationalId } from './national-id';
import {
  normalizeDate,
  parseRosterRow,
  ROSTER_CHOICES,
  ROSTER_COLUMNS,
  ROSTER_HEADER,
  type RosterError,
  type RosterKey,
  type RosterRow,
  type RosterRowInput,
} from './roster';
import { Education, ETHNICITIES, Gender, PoliticalStatus, SecondmentCategory } from './vocabulary';

const WOMAN_ID = composeNationalId('410105', '1990-07-08', 24); // even sequence: a woman

const VALID_CELLS: Record<RosterKey, string> = {
  name: '李娜',
  gender: '女',
  birthDate: '1990-07-08',
  ethnicity: '回族',
  politicalStatus: '中共党员',
  education: '硕士研究生',
  nationalId: WOMAN_ID,
  phone: '13912345678',
  homeUnit: '市商务局',
  position: '四级主任科员',
  rank: '一级科员',
  hostUnit: '经济技术开发区管委会',
  category: '招商一线',
  post: '招商局副局长',
  startDate: '2023-03-01',
  endDate: '2024-02-29',
  groupLabel: '重大项目专班',
};

const input = (patch: Partial<Record<RosterKey, string>> = {}, rowNumber = 7): RosterRowInput => ({
  rowNumber,
  cells: { ...VALID_CELLS, ...patch },
});

/** The errors of a row as `column: message`, for compact expectations. */
const messages = (errors: RosterError[]) => errors.map((e) => `${e.column}：${e.message}`);

describe('ROSTER_COLUMNS', () => {
  it('has 17 unique keys and headers, and ROSTER_HEADER follows it', () => {
    expect(ROSTER_COLUMNS).toHaveLength(17);
    expect(new Set(ROSTER_COLUMNS.map((c) => c.key)).size).toBe(17);
    expect(new Set(ROSTER_COLUMNS.map((c) => c.header)).size).toBe(17);
    for (const column of ROSTER_COLUMNS) expect(ROSTER_HEADER[column.key]).toBe(column.header);
  });

  it('makes only rank and groupLabel optional', () => {
    expect(ROSTER_COLUMNS.filter((c) => !c.required).map((c) => c.key)).toEqual(['rank', 'groupLabel']);
  });

  it('offers choices for gender, ethnicity, political status, education and category', () => {
    expect(ROSTER_CHOICES.map((c) => c.header)).toEqual(['性别', '民族', '政治面貌', '学历', '历练类别']);
    expect(ROSTER_CHOICES[1].values).toBe(ETHNICITIES);
  });
});

describe('normalizeDate', () => {
  it.each<[string, string | undefined]>([
    ['2023-03-01', '2023-03-01'],
    ['2023-3-1', '2023-03-01'],
    ['2023/3/1', '2023-03-01'],
    ['2023/03/01', '2023-03-01'],
    ['2023.3.1', '2023-03-01'],
    ['2023.03.01', '2023-03-01'],
    ['2023年3月1日', '2023-03-01'],
    ['2023年03月01日', '2023-03-01'],
    ['2023年3月1', '2023-03-01'],
    ['2023 年 3 月 1 日', '2023-03-01'],
    ['2023-12-31', '2023-12-31'],
    ['20230301', '2023-03-01'],
    ['20231231', '2023-12-31'],
    ['', undefined],
    ['junk', undefined],
    ['2023', undefined],
    ['2023-03', undefined],
    ['2023年3月', undefined],
    ['23-3-1', undefined],
    ['2023-03-01 08:00', undefined],
    ['2023-03-001', undefined],
    ['2023030', undefined],
    ['202303011', undefined],
    ['3/1/2023', undefined],
    ['2023_03_01', undefined],
    ['２０２３-03-01', undefined],
  ])('%j → %j', (text, expected) => {
    expect(normalizeDate(text)).toBe(expected);
  });

  it('is the identity on YYYY-MM-DD and reads every separator style of the same day', () => {
    const dayArb = fc
      .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 })
      .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(dayArb, (iso) => {
        const [y, m, d] = iso.split('-');
        const [mm, dd] = [String(Number(m)), String(Number(d))];
        expect(normalizeDate(iso)).toBe(iso);
        expect(normalizeDate(`${y}/${mm}/${dd}`)).toBe(iso);
        expect(normalizeDate(`${y}.${mm}.${dd}`)).toBe(iso);
        expect(normalizeDate(`${y}年${mm}月${dd}日`)).toBe(iso);
        expect(normalizeDate(`${y}${m}${d}`)).toBe(iso);
      }),
    );
  });
});

describe('parseRosterRow', () => {
  it('turns a complete valid row into codes', () => {
    const expected: RosterRow = {
      rowNumber: 7,
      name: '李娜',
      gender: Gender.Female,
      birthDate: '1990-07-08',
      ethnicity: '回族',
      politicalStatus: PoliticalStatus.CpcMember,
      education: Education.Master,
      nationalId: WOMAN_ID,
      phone: '13912345678',
      homeUnit: '市商务局',
      position: '四级主任科员',
      rank: '一级科员',
      hostUnit: '经济技术开发区管委会',
      category: SecondmentCategory.InvestmentPromotion,
      post: '招商局副局长',
      startDate: '2023-03-01',
      endDate: '2024-02-29',
      groupLabel: '重大项目专班',
    };
    expect(parseRosterRow(input())).toEqual({ errors: [], row: expected });
  });

  it('makes an empty rank and group null', () => {
    const { row, errors } = parseRosterRow(input({ rank: '', groupLabel: '' }));
    expect(errors).toEqual([]);
    expect(row?.rank).toBeNull();
    expect(row?.groupLabel).toBeNull();
  });

  it('treats a missing optional cell like an empty one', () => {
    const cells: Partial<Record<RosterKey, string>> = { ...VALID_CELLS };
    delete cells.rank;
    delete cells.groupLabel;
    const { row, errors } = parseRosterRow({ rowNumber: 3, cells: cells as Record<RosterKey, string> });
    expect(errors).toEqual([]);
    expect(row).toMatchObject({ rowNumber: 3, rank: null, groupLabel: null });
  });

  it('upper-cases a lowercase x in the id', () => {
    const { row, errors } = parseRosterRow(input({ nationalId: '11010519491231002x', birthDate: '1949-12-31', gender: '女' }));
    expect(errors).toEqual([]);
    expect(row?.nationalId).toBe('11010519491231002X');
  });

  it.each<[string, Partial<Record<RosterKey, string>>, Partial<RosterRow>]>([
    ['codes instead of labels', { gender: 'FEMALE', politicalStatus: 'MASSES', education: 'DOCTORATE', category: 'KEY_TASK' }, { gender: Gender.Female, politicalStatus: PoliticalStatus.Masses, education: Education.Doctorate, category: SecondmentCategory.KeyTask }],
    ['other labels', { politicalStatus: '中共预备党员', education: '中专及以下', category: '基层一线' }, { politicalStatus: PoliticalStatus.CpcProbationary, education: Education.Secondary, category: SecondmentCategory.Grassroots }],
    ['dates in other formats', { birthDate: '1990年7月8日', startDate: '2023/3/1', endDate: '20240229' }, { birthDate: '1990-07-08', startDate: '2023-03-01', endDate: '2024-02-29' }],
    ['a one-day secondment', { startDate: '2023-06-01', endDate: '2023.6.1' }, { startDate: '2023-06-01', endDate: '2023-06-01' }],
    ['a landline', { phone: '0371-12345678' }, { phone: '0371-12345678' }],
    ['a name of exactly 50 characters', { name: '张'.repeat(50) }, { name: '张'.repeat(50) }],
    ['a name of 50 astral characters (100 UTF-16 units)', { name: '𠀀'.repeat(50) }, { name: '𠀀'.repeat(50) }],
    ['units of exactly 100 characters', { homeUnit: '局'.repeat(100), hostUnit: '委'.repeat(100) }, { homeUnit: '局'.repeat(100), hostUnit: '委'.repeat(100) }],
    ['text that merely contains = + - @', { name: '欧阳-娜', post: '副主任(=正科)', groupLabel: '项目@专班' }, { name: '欧阳-娜', post: '副主任(=正科)', groupLabel: '项目@专班' }],
  ])('accepts %s', (_name, patch, expected) => {
    const { row, errors } = parseRosterRow(input(patch));
    expect(errors).toEqual([]);
    expect(row).toMatchObject(expected);
  });

  describe('required columns', () => {
    const required = ROSTER_COLUMNS.filter((c) => c.required);
    it('has 15 of them', () => expect(required).toHaveLength(15));

    it.each(required.map((c): [string, RosterKey] => [c.header, c.key]))('an empty %s is reported by its header', (header, key) => {
      const { row, errors } = parseRosterRow(input({ [key]: '' }, 12));
      expect(row).toBeUndefined();
      expect(errors).toContainEqual({ row: 12, column: header, message: '不能为空' });
      // Only that column is blamed: the other checks skip what is missing.
      expect(errors.map((e) => e.column)).toEqual([header]);
    });

    it('reports every empty column of an empty row, in column order', () => {
      const empty = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, ''])) as Record<RosterKey, string>;
      const { row, errors } = parseRosterRow({ rowNumber: 4, cells: empty });
      expect(row).toBeUndefined();
      expect(errors).toEqual(required.map((c) => ({ row: 4, column: c.header, message: '不能为空' })));
    });
  });

  describe('formula-like text', () => {
    it.each<[RosterKey, string]>([
      ['name', '=1+1'],
      ['name', '+86'],
      ['name', '-x'],
      ['name', '@a'],
      ['position', '=HYPERLINK("http://evil","x")'],
      ['homeUnit', '@SUM(A1)'],
      ['hostUnit', '-2+3'],
      ['post', '+cmd'],
      ['rank', '=1'],
      ['groupLabel', '-'],
    ])('%s %j is refused', (key, value) => {
      const { row, errors } = parseRosterRow(input({ [key]: value }, 9));
      expect(row).toBeUndefined();
      expect(errors).toContainEqual({ row: 9, column: ROSTER_HEADER[key], message: '不能以 = + - @ 开头' });
    });

    it('refuses a formula in a checked column too, besides its own check', () => {
      const { errors } = parseRosterRow(input({ phone: '+8613912345678' }));
      expect(messages(errors)).toEqual(['联系电话：不能以 = + - @ 开头', '联系电话：联系电话须为11位手机号或带区号的固定电话']);
    });
  });

  describe('values not in the lists', () => {
    it.each<[RosterKey, string, string]>([
      ['gender', '男性', '性别：“男性”不是可选值（男、女）'],
      ['gender', 'F', '性别：“F”不是可选值（男、女）'],
      ['politicalStatus', '党员', '政治面貌：“党员”不是可选值（中共党员、中共预备党员、共青团员、民主党派成员、无党派人士、群众）'],
      ['education', '本科', '学历：“本科”不是可选值（博士研究生、硕士研究生、大学本科、大学专科、中专及以下）'],
      ['category', '招商', '历练类别：“招商”不是可选值（基层一线、项目一线、招商一线、国企一线、其他重点工作）'],
      ['ethnicity', '汉', '民族：“汉”不是56个民族名称之一'],
      ['ethnicity', '穿青人', '民族：“穿青人”不是56个民族名称之一'],
    ])('%s %j', (key, value, expected) => {
      const { row, errors } = parseRosterRow(input({ [key]: value }));
      expect(row).toBeUndefined();
      expect(messages(errors)).toEqual([expected]);
    });

    it('accepts each of the 56 ethnicities', () => {
      for (const ethnicity of ETHNICITIES) {
        expect(parseRosterRow(input({ ethnicity })).errors).toEqual([]);
      }
    });
  });

  describe('lengths, counted in characters', () => {
    it.each<[RosterKey, number]>([
      ['name', 50],
      ['position', 100],
      ['rank', 50],
      ['post', 100],
      ['groupLabel', 100],
      ['homeUnit', 100],
      ['hostUnit', 100],
    ])('%s over %i', (key, max) => {
      expect(parseRosterRow(input({ [key]: '字'.repeat(max) })).errors).toEqual([]);
      const { row, errors } = parseRosterRow(input({ [key]: '字'.repeat(max + 1) }));
      expect(row).toBeUndefined();
      expect(errors).toEqual([{ row: 7, column: ROSTER_HEADER[key], message: `不能超过${max}个字` }]);
    });
  });

  describe('dates', () => {
    it.each<[RosterKey, string, string[]]>([
      ['birthDate', 'junk', ['出生日期：“junk”不是日期（如 2023-03-01）']],
      ['startDate', '2023-03', ['开始日期：“2023-03”不是日期（如 2023-03-01）']],
      ['endDate', '明年', ['结束日期：“明年”不是日期（如 2023-03-01）']],
      ['birthDate', '1990-02-30', ['出生日期：出生日期不是有效日期']],
      ['startDate', '2023-02-29', ['开始日期：开始日期不是有效日期']],
      ['endDate', '2023-13-01', ['结束日期：结束日期不是有效日期']],
      ['endDate', '2023-02-28', ['结束日期：结束日期早于开始日期']],
    ])('%s %j', (key, value, expected) => {
      const { row, errors } = parseRosterRow(input({ [key]: value }));
      expect(row).toBeUndefined();
      expect(messages(errors)).toEqual(expected);
    });

    // "Whatever can be checked without the other fields still is": a start date that
    // is not a real day is wrong whether or not the end date was filled in.
    it('reports an impossible start date even when the end date is empty', () => {
      const { errors } = parseRosterRow(input({ startDate: '2023-02-30', endDate: '' }));
      expect(messages(errors).sort()).toEqual(['开始日期：开始日期不是有效日期', '结束日期：不能为空'].sort());
    });

    it('reports an impossible birth date even when the gender is empty', () => {
      const { errors } = parseRosterRow(input({ birthDate: '1990-02-30', gender: '' }));
      expect(messages(errors)).toContain('出生日期：出生日期不是有效日期');
    });
  });

  describe('identity', () => {
    it.each<[string, Partial<Record<RosterKey, string>>, string[]]>([
      ['birth date differs from the id', { birthDate: '1990-07-09' }, ['出生日期：出生日期与身份证号不符（身份证为1990-07-08）']],
      ['gender differs from the id', { gender: '男' }, ['性别：性别与身份证号不符（身份证为女）']],
      ['both differ', { gender: '男', birthDate: '1991-07-08' }, ['出生日期：出生日期与身份证号不符（身份证为1990-07-08）', '性别：性别与身份证号不符（身份证为女）']],
      ['a wrong check character', { nationalId: `${WOMAN_ID.slice(0, 17)}${WOMAN_ID[17] === '1' ? '2' : '1'}` }, ['身份证号：身份证号校验码不正确']],
      ['17 characters', { nationalId: WOMAN_ID.slice(0, 17) }, ['身份证号：身份证号须为18位，前17位为数字，末位为数字或大写X']],
      ['a bad phone', { phone: '1391234567' }, ['联系电话：联系电话须为11位手机号或带区号的固定电话']],
      // With the gender missing the identity cannot be compared, but the rest still is checked.
      ['the phone with the gender missing', { gender: '', phone: '12345' }, ['性别：不能为空', '联系电话：联系电话须为11位手机号或带区号的固定电话']],
      ['the id with the gender missing', { gender: '', nationalId: '41010519900708002' }, ['性别：不能为空', '身份证号：身份证号须为18位，前17位为数字，末位为数字或大写X']],
      ['the phone with the id missing', { nationalId: '', phone: 'abc' }, ['身份证号：不能为空', '联系电话：联系电话须为11位手机号或带区号的固定电话']],
      ['the id with the birth date unreadable', { birthDate: 'x', nationalId: `${WOMAN_ID.slice(0, 17)}Y` }, ['出生日期：“x”不是日期（如 2023-03-01）', '身份证号：身份证号须为18位，前17位为数字，末位为数字或大写X']],
      ['the phone with an unknown gender', { gender: '未知', phone: '000' }, ['性别：“未知”不是可选值（男、女）', '联系电话：联系电话须为11位手机号或带区号的固定电话']],
    ])('%s', (_name, patch, expected) => {
      const { row, errors } = parseRosterRow(input(patch));
      expect(row).toBeUndefined();
      expect(messages(errors)).toEqual(expected);
    });
  });

  it('reports every problem of a row, each with its row number', () => {
    const { row, errors } = parseRosterRow(
      input(
        {
          name: '',
          gender: '男',
          ethnicity: '汉',
          education: '本科',
          phone: '123',
          rank: '=A1',
          category: '',
          post: '岗'.repeat(101),
          startDate: '2024-01-01',
          endDate: '2023-01-01',
        },
        42,
      ),
    );
    expect(row).toBeUndefined();
    expect(errors.every((e) => e.row === 42)).toBe(true);
    expect(messages(errors).sort()).toEqual(
      [
        '姓名：不能为空',
        '职级：不能以 = + - @ 开头',
        '历练类别：不能为空',
        '挂任职务：不能超过100个字',
        '学历：“本科”不是可选值（博士研究生、硕士研究生、大学本科、大学专科、中专及以下）',
        '民族：“汉”不是56个民族名称之一',
        '性别：性别与身份证号不符（身份证为女）',
        '联系电话：联系电话须为11位手机号或带区号的固定电话',
        '结束日期：结束日期早于开始日期',
      ].sort(),
    );
  });

  it('gives every error the row number of its input', () => {
    const cellArb = fc.oneof(
      fc.constant(''),
      fc.constantFrom('=1', '男', '女', '汉族', '2023-03-01', 'x', '13800138000', WOMAN_ID, '招商一线'),
      fc.string({ maxLength: 6 }),
    );
    const cellsArb = fc.record(Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, cellArb])) as Record<RosterKey, fc.Arbitrary<string>>);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6000 }), cellsArb, (rowNumber, cells) => {
        const { row, errors } = parseRosterRow({ rowNumber, cells });
        for (const error of errors) {
          expect(error.row).toBe(rowNumber);
          expect(Object.values(ROSTER_HEADER)).toContain(error.column);
        }
        // A row comes back exactly when nothing is wrong.
        expect(row === undefined).toBe(errors.length > 0);
        if (row) expect(row.rowNumber).toBe(rowNumber);
      }),
    );
  });
});
