import { applyDecorators } from '@nestjs/common';
import { buildMessage, IsString, Matches, MaxLength, MinLength, ValidateBy, ValidateIf } from 'class-validator';

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

/**
 * A finite number with at most `places` decimals, as people write points and 万元.
 * (class-validator's own maxDecimalPlaces throws on a number printed in exponent form,
 * such as 5e-324, which made a 500.)
 */
export function IsDecimal(places = 2): PropertyDecorator {
  return ValidateBy({
    name: 'isDecimal',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
      defaultMessage: buildMessage((each) => `${each}$property must be a number with at most ${places} decimals`),
    },
  });
}
