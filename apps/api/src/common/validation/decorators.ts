import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';

/**
 * Text people type that ends up in Excel: bounded, not blank, and never starting
 * like a formula (= + - @), so no export can turn it into one.
 */
export function IsPlainText(maxLength: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    MinLength(1),
    MaxLength(maxLength),
    Matches(/^[^=+\-@\t\r\s]/, { message: '$property must not start with a space or with = + - @' }),
  );
}

/** A calendar date as YYYY-MM-DD (the real-day check is the domain's). */
export function IsDateOnly(): PropertyDecorator {
  return applyDecorators(IsString(), Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }));
}

/**
 * Optional, but never null: for PATCH fields whose column cannot be null. (@IsOptional
 * lets null through, and the database would then refuse it with a 500.)
 */
export function IsOptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
