import {
  BATCH_STATUS,
  BatchStatus,
  EDUCATION,
  Education,
  ETHNICITIES,
  GENDER,
  Gender,
  POLITICAL_STATUS,
  PoliticalStatus,
  SECONDMENT_CATEGORY,
  SECONDMENT_STATUS,
  SecondmentCategory,
  SecondmentStatus,
  vocabulary,
  type Vocabulary,
} from './vocabulary';

describe('vocabulary', () => {
  enum Colour {
    Red = 'RED',
    Blue = 'BLUE',
  }
  const COLOUR = vocabulary<Colour>({ [Colour.Red]: '红', [Colour.Blue]: '蓝' });

  it.each<[string, string, Colour | undefined]>([
    ['a label', '红', Colour.Red],
    ['the other label', '蓝', Colour.Blue],
    ['a code', 'RED', Colour.Red],
    ['a label with spaces around', '  蓝 ', Colour.Blue],
    ['a code with a tab and newline around', '\tBLUE\n', Colour.Blue],
    ['a label with a full-width space around', '\u3000红\u3000', Colour.Red],
    ['a code in lower case', 'red', undefined],
    ['a label with a space inside', '红 色', undefined],
    ['a label with more after it', '红色', undefined],
    ['empty', '', undefined],
    ['only spaces', '   ', undefined],
    ['an Object.prototype name', 'constructor', undefined],
    ['__proto__', '__proto__', undefined],
    ['toString', 'toString', undefined],
  ])('parse %s (%j)', (_name, text, expected) => {
    expect(COLOUR.parse(text)).toBe(expected);
  });

  it('lists codes and labels in the order given', () => {
    expect(COLOUR.codes).toEqual(['RED', 'BLUE']);
    expect(COLOUR.labels).toEqual(['红', '蓝']);
    expect(COLOUR.label(Colour.Blue)).toBe('蓝');
  });
});

describe('the registry vocabularies', () => {
  const table: [string, Vocabulary<string>, [string, string][]][] = [
    ['GENDER', GENDER, [[Gender.Male, '男'], [Gender.Female, '女']]],
    [
      'POLITICAL_STATUS',
      POLITICAL_STATUS,
      [
        [PoliticalStatus.CpcMember, '中共党员'],
        [PoliticalStatus.CpcProbationary, '中共预备党员'],
        [PoliticalStatus.CylMember, '共青团员'],
        [PoliticalStatus.DemocraticParty, '民主党派成员'],
        [PoliticalStatus.NonPartisan, '无党派人士'],
        [PoliticalStatus.Masses, '群众'],
      ],
    ],
    [
      'EDUCATION',
      EDUCATION,
      [
        [Education.Doctorate, '博士研究生'],
        [Education.Master, '硕士研究生'],
        [Education.Bachelor, '大学本科'],
        [Education.College, '大学专科'],
        [Education.Secondary, '中专及以下'],
      ],
    ],
    [
      'SECONDMENT_CATEGORY',
      SECONDMENT_CATEGORY,
      [
        [SecondmentCategory.Grassroots, '基层一线'],
        [SecondmentCategory.MajorProject, '项目一线'],
        [SecondmentCategory.InvestmentPromotion, '招商一线'],
        [SecondmentCategory.StateEnterprise, '国企一线'],
        [SecondmentCategory.KeyTask, '其他重点工作'],
      ],
    ],
    [
      'SECONDMENT_STATUS',
      SECONDMENT_STATUS,
      [
        [SecondmentStatus.Active, '在岗'],
        [SecondmentStatus.Completed, '期满'],
        [SecondmentStatus.Withdrawn, '撤回'],
      ],
    ],
    ['BATCH_STATUS', BATCH_STATUS, [[BatchStatus.Active, '进行中'], [BatchStatus.Closed, '已结束']]],
  ];

  describe.each(table)('%s', (_name, vocab, pairs) => {
    it('has the codes and labels in order', () => {
      expect(vocab.codes).toEqual(pairs.map(([code]) => code));
      expect(vocab.labels).toEqual(pairs.map(([, label]) => label));
    });

    it.each(pairs)('%s ⇄ %s', (code, label) => {
      expect(vocab.label(code)).toBe(label);
      expect(vocab.parse(label)).toBe(code);
      expect(vocab.parse(code)).toBe(code);
      expect(vocab.parse(` ${label} `)).toBe(code);
      expect(vocab.parse(` ${code}\t`)).toBe(code);
    });

    it('has unique labels, none of which is also a code', () => {
      expect(new Set(vocab.labels).size).toBe(vocab.labels.length);
      for (const label of vocab.labels) expect(vocab.codes).not.toContain(label);
    });

    it('refuses unknown text', () => {
      expect(vocab.parse('其他')).toBeUndefined();
      expect(vocab.parse('')).toBeUndefined();
      expect(vocab.parse(vocab.codes[0].toLowerCase())).toBeUndefined();
    });
  });

  it('parses the gender words people type', () => {
    expect(GENDER.parse('女')).toBe(Gender.Female);
    expect(GENDER.parse('男')).toBe(Gender.Male);
    expect(GENDER.parse('男性')).toBeUndefined();
    expect(GENDER.parse('M')).toBeUndefined();
  });
});

describe('ETHNICITIES', () => {
  it('has 56 unique names', () => {
    expect(ETHNICITIES).toHaveLength(56);
    expect(new Set(ETHNICITIES).size).toBe(56);
  });

  it('starts with 汉族 and ends with 基诺族, in the order of GB 3304', () => {
    expect(ETHNICITIES[0]).toBe('汉族');
    expect(ETHNICITIES[1]).toBe('蒙古族');
    expect(ETHNICITIES[55]).toBe('基诺族');
  });

  it('names each group with a trailing 族 and no whitespace', () => {
    for (const name of ETHNICITIES) expect(name).toMatch(/^\S+族$/u);
  });

  it.each(['汉族', '回族', '维吾尔族', '柯尔克孜族', '鄂伦春族', '高山族', '俄罗斯族'])('includes %s', (name) => {
    expect(ETHNICITIES).toContain(name);
  });
});
