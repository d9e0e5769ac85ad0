/**
 * A validation failure in the words the console shows beside the field (the field's own
 * label already names it, so no property name here). Keyed by class-validator's
 * constraint name; the bound (a length, a minimum) is read from its English message,
 * the one place class-validator gives it.
 */
const BY_CONSTRAINT: Readonly<Record<string, (bound: string | undefined) => string>> = {
  isString: () => '应为文本',
  isNotEmpty: () => '不能为空',
  isDefined: () => '不能为空',
  minLength: (n) => (n === '1' ? '不能为空' : `至少 ${n} 个字符`),
  maxLength: (n) => `最多 ${n} 个字符`,
  isInt: () => '应为整数',
  isNumber: () => '应为数字',
  isDecimal: (n) => `应为数字，最多 ${n} 位小数`,
  min: (n) => `不能小于 ${n}`,
  max: (n) => `不能大于 ${n}`,
  isEnum: () => '不是可选的值',
  isIn: () => '不是可选的值',
  isUuid: () => '应为有效的记录编号',
  isBoolean: () => '应为“是”或“否”',
  isDate: () => '应为日期',
  isArray: () => '应为列表',
  arrayMinSize: (n) => `至少 ${n} 项`,
  arrayMaxSize: (n) => `最多 ${n} 项`,
  isObject: () => '应为对象',
  nestedValidation: () => '应为对象',
  whitelistValidation: () => '不是可填写的字段',
  unknownValue: () => '无法识别的内容',
};

/** `matches` carries a message of its own per pattern: those the DTOs use, by what the message says. */
const BY_PATTERN_MESSAGE: readonly [RegExp, string][] = [
  [/must not start with a space or with = \+ - @/, '不能以空格或 = + - @ 开头'],
  [/must be a date as YYYY-MM-DD/, '日期应写作 YYYY-MM-DD'],
  [/must be 3–64 letters, digits, _ \. - and start with a letter or digit/, '3 至 64 个字母、数字、下划线、点或连字符，以字母或数字开头'],
  [/must be 1–50 letters, digits, _ or -/, '1 至 50 个字母、数字、下划线或连字符，以字母或数字开头'],
  [/must look like 2023Q2/, '季度应写作 2023Q2 的形式'],
];

/** The first number in class-validator's message: the bound of a length or range constraint. */
function boundIn(message: string): string | undefined {
  return /(-?\d+(?:\.\d+)?)/.exec(message)?.[1];
}

export function chineseValidationMessage(constraint: string, english: string): string {
  if (constraint === 'matches') return BY_PATTERN_MESSAGE.find(([pattern]) => pattern.test(english))?.[1] ?? '格式不正确';
  const template = BY_CONSTRAINT[constraint];
  return template ? template(boundIn(english)) : '填写的内容不符合要求';
}
