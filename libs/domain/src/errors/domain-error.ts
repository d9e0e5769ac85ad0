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

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError(DomainErrorCode.NotFound, `${what} ${id} not found`, { resource: what, id });
  }

  static versionConflict(what: string, id: string): DomainError {
    return new DomainError(
      DomainErrorCode.VersionConflict,
      `${what} ${id} was changed by someone else; reload it and try again`,
      { resource: what, id },
    );
  }

  /** Several fields at once, each with its problem. */
  /** `inChinese`, on a problem: as the console shows it beside the field, when `message` is not already Chinese. */
  static invalidFields(problems: readonly { field: string; message: string; inChinese?: string }[]): DomainError {
    const summary = problems.map((p) => `${p.field} (${p.message})`).join(', ');
    return new DomainError(DomainErrorCode.InvalidInput, `Invalid input: ${summary}`, {
      fields: problems.map((p) => ({ field: p.field, errors: [p.message], ...(p.inChinese ? { inChinese: [p.inChinese] } : {}) })),
    });
  }

  static conflict(message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(DomainErrorCode.Conflict, message, details);
  }

  /** An input that is well-formed but not acceptable; `field` names the culprit. */
  /** `inChinese`: the problem as the console shows it beside the field, when `problem` is not already Chinese. */
  static invalidInput(field: string, problem: string, inChinese?: string): DomainError {
    return new DomainError(DomainErrorCode.InvalidInput, `${field} ${problem}`, {
      fields: [{ field, errors: [problem], ...(inChinese ? { inChinese: [inChinese] } : {}) }],
    });
  }
}
