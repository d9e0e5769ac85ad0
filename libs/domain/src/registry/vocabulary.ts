/**
 * A closed set of codes with the Chinese labels people see (in the API the code, in
 * Excel the label). One place per set, so the template, the import and the reports
 * agree.
 */
export interface Vocabulary<C extends string> {
  readonly codes: readonly C[];
  readonly labels: readonly string[];
  label(code: C): string;
  /** The code of a label (or of the code itself); undefined when it is neither. */
  parse(text: string): C | undefined;
}

export function vocabulary<C extends string>(labels: Readonly<Record<C, string>>): Vocabulary<C> {
  const codes = Object.keys(labels) as C[];
  const byLabel = new Map<string, C>(codes.map((code) => [labels[code], code]));
  return {
    codes,
    labels: codes.map((code) => labels[code]),
    label: (code) => labels[code],
    parse: (text) => {
      const trimmed = text.trim();
      return byLabel.get(trimmed) ?? (codes.includes(trimmed as C) ? (trimmed as C) : undefined);
    },
  };
}

export enum Gender {
  Male = 'MALE',
  Female = 'FEMALE',
}
export const GENDER = vocabulary<Gender>({ [Gender.Male]: '男', [Gender.Female]: '女' });

export enum PoliticalStatus {
  CpcMember = 'CPC_MEMBER',
  CpcProbationary = 'CPC_PROBATIONARY',
  CylMember = 'CYL_MEMBER',
  DemocraticParty = 'DEMOCRATIC_PARTY',
  NonPartisan = 'NON_PARTISAN',
  Masses = 'MASSES',
}
export const POLITICAL_STATUS = vocabulary<PoliticalStatus>({
  [PoliticalStatus.CpcMember]: '中共党员',
  [PoliticalStatus.CpcProbationary]: '中共预备党员',
  [PoliticalStatus.CylMember]: '共青团员',
  [PoliticalStatus.DemocraticParty]: '民主党派成员',
  [PoliticalStatus.NonPartisan]: '无党派人士',
  [PoliticalStatus.Masses]: '群众',
});

export enum Education {
  Doctorate = 'DOCTORATE',
  Master = 'MASTER',
  Bachelor = 'BACHELOR',
  College = 'COLLEGE',
  Secondary = 'SECONDARY',
}
export const EDUCATION = vocabulary<Education>({
  [Education.Doctorate]: '博士研究生',
  [Education.Master]: '硕士研究生',
  [Education.Bachelor]: '大学本科',
  [Education.College]: '大学专科',
  [Education.Secondary]: '中专及以下',
});

/** The five front lines of PRODUCT.md. */
export enum SecondmentCategory {
  Grassroots = 'GRASSROOTS',
  MajorProject = 'MAJOR_PROJECT',
  InvestmentPromotion = 'INVESTMENT_PROMOTION',
  StateEnterprise = 'STATE_ENTERPRISE',
  KeyTask = 'KEY_TASK',
}
export const SECONDMENT_CATEGORY = vocabulary<SecondmentCategory>({
  [SecondmentCategory.Grassroots]: '基层一线',
  [SecondmentCategory.MajorProject]: '项目一线',
  [SecondmentCategory.InvestmentPromotion]: '招商一线',
  [SecondmentCategory.StateEnterprise]: '国企一线',
  [SecondmentCategory.KeyTask]: '其他重点工作',
});

export enum SecondmentStatus {
  Active = 'ACTIVE',
  Completed = 'COMPLETED',
  Withdrawn = 'WITHDRAWN',
}
export const SECONDMENT_STATUS = vocabulary<SecondmentStatus>({
  [SecondmentStatus.Active]: '在岗',
  [SecondmentStatus.Completed]: '期满',
  [SecondmentStatus.Withdrawn]: '撤回',
});

export enum BatchStatus {
  Active = 'ACTIVE',
  Closed = 'CLOSED',
}
export const BATCH_STATUS = vocabulary<BatchStatus>({ [BatchStatus.Active]: '进行中', [BatchStatus.Closed]: '已结束' });

/** The 56 ethnic groups (GB 3304), in the order of the standard. */
export const ETHNICITIES: readonly string[] = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族',
  '满族', '侗族', '瑶族', '白族', '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族',
  '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族', '柯尔克孜族', '土族',
  '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族',
  '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
];
