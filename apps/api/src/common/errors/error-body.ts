import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one shape every error answer has. */
export class ErrorBody {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'Bad Request' })
  error!: string;

  @ApiProperty({ example: 'Invalid input: password (must be at least 12 characters)' })
  message!: string;

  @ApiPropertyOptional({
    description:
      'For validation errors `fields: [{ field, errors, inChinese }]` (`inChinese`: the same in Chinese, for people); for domain errors `code`, `inChinese` (the reason in Chinese, for people; `message` stays English) and context, with `field` when the refusal is about one field; for 500 `correlationId`.',
    type: 'object',
    additionalProperties: true,
  })
  details?: Record<string, unknown>;
}

export interface FieldError {
  field: string;
  errors: string[];
  /** The same failures in Chinese, as the console shows them beside the field (DomainError's field errors carry them too). */
  inChinese: string[];
}
