/**
 * Every error the product raises on purpose. The HTTP layer maps each code to a
 * status in one place (apps/api/src/common/errors/http-error.filter.ts).
 */
export enum DomainErrorCode {
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  VersionConflict = 'VERSION_CONFLICT',
  InvalidInput = 'INVALID_INPUT',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  SessionInvalid = 'SESSION_INVALID',
  Forbidden = 'FORBIDDEN',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  /** Well-formed, but its content fails the rules (a roster with bad rows). */
  Unprocessable = 'UNPROCESSABLE',
}

/** What `notFound` and `versionConflict` name, with the noun the console uses for it. */
export const RESOURCE_NOUNS = {
  'appraisal': '综合鉴定',
  'appraisal of secondment': '综合鉴定',
  'assessment': '考核',
  'ballot session': '民主评议',
  'batch': '历练批次',
  'cadre': '干部',
  'certificate': '出具意见',
  'evidence file': '佐证材料',
  'incentive': '激励事项',
  'material': '档案材料',
  'mutual evaluation': '集中互评',
  'objection': '异议',
  'performance entry': '业绩信息',
  'publicity notice': '公示名单',
  'result': '考核结果',
  'review': '复核申请',
  'round': '考核轮次',
  'rubric': '考评细则',
  'secondment': '挂职历练记录',
  'talent-pool entry': '储备人才提名',
  'unit': '单位',
  'user': '账号',
  'work record': '工作纪实',
} as const satisfies Record<string, string>;

export type Resource = keyof typeof RESOURCE_NOUNS;

/** A conflict's context; its Chinese reason is `conflict`'s own argument, not a detail. */
export type ConflictDetails = Record<string, unknown> & { inChinese?: never };

/** One problem of `invalidFields`: the field, its problem for API clients, and the same in Chinese for people. */
export interface InvalidField {
  field: string;
  message: string;
  inChinese: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** `inChinese`: "未找到该考核，或无权查看" — a foreign id answers the same as a missing one. */
  static notFound(what: Resource, id: string): DomainError {
    return new DomainError(DomainErrorCode.NotFound, `${what} ${id} not found`, {
      resource: what,
      id,
      inChinese: `未找到该${RESOURCE_NOUNS[what]}，或无权查看`,
    });
  }

  static versionConflict(what: Resource, id: string): DomainError {
    return new DomainError(
      DomainErrorCode.VersionConflict,
      `${what} ${id} was changed by someone else; reload it and try again`,
      { resource: what, id, inChinese: `该${RESOURCE_NOUNS[what]}已被他人修改，请刷新后重试` },
    );
  }

  /**
   * Several fields at once, each with its problem. `inChinese`: the problem as the console
   * shows it beside the field; required, so no field error reaches a clerk in English only
   * (where `message` is already Chinese, the domain's own rules, pass it again).
   */
  static invalidFields(problems: readonly InvalidField[]): DomainError {
    const summary = problems.map((p) => `${p.field} (${p.message})`).join(', ');
    return new DomainError(DomainErrorCode.InvalidInput, `Invalid input: ${summary}`, {
      fields: problems.map((p) => fieldError(p.field, p.message, p.inChinese)),
    });
  }

  /**
   * A request that the current state refuses. `message` stays English (API clients and
   * tests read it); `inChinese` is the reason as the console shows it to a clerk, in
   * `details.inChinese`. With `details.field`, the console shows it beside that field.
   */
  static conflict(message: string, inChinese: string, details?: ConflictDetails): DomainError {
    return new DomainError(DomainErrorCode.Conflict, message, { ...details, inChinese });
  }

  /**
   * An input that is well-formed but not acceptable; `field` names the culprit. `inChinese`:
   * the problem as the console shows it beside the field ("不能晚于今天"); the same text
   * twice when `problem` is already Chinese.
   */
  static invalidInput(field: string, problem: string, inChinese: string): DomainError {
    return new DomainError(DomainErrorCode.InvalidInput, `${field} ${problem}`, { fields: [fieldError(field, problem, inChinese)] });
  }

  /** An id in the request that names no such record (a unit picked on a stale page, say). */
  static unknownReference(field: string, what: Resource, id: string): DomainError {
    return DomainError.invalidInput(field, `refers to no ${what} (${id})`, `所选${RESOURCE_NOUNS[what]}不存在，请刷新后重新选择`);
  }
}

/**
 * `details.fields[]` as the validation pipe writes it too. A caller the compiler did not
 * check (a file mid-edit, plain JavaScript) may still pass no Chinese: the key is then
 * left out rather than sent as null, and the console shows `errors`.
 */
function fieldError(field: string, problem: string, inChinese: string | undefined): { field: string; errors: string[]; inChinese?: string[] } {
  return { field, errors: [problem], ...(inChinese ? { inChinese: [inChinese] } : {}) };
}
