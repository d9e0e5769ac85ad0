import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { chineseValidationMessage } from './chinese-messages';
import type { FieldError } from './error-body';

/** Flattens class-validator's tree into dotted field paths (`items.0.name`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const own: FieldError[] =
      constraints.length > 0
        ? [{ field, errors: constraints.map(([, message]) => message), inChinese: constraints.map(([name, message]) => chineseValidationMessage(name, message)) }]
        : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function invalidFieldsException(fields: FieldError[]): BadRequestException {
  const summary = fields.map((f) => `${f.field} (${f.errors.join('; ')})`).join(', ');
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `Invalid input: ${summary}`,
    details: { fields },
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalidFieldsException(flattenValidationErrors(errors)),
  });
}
