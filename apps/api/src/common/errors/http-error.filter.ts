import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DomainError, DomainErrorCode } from '@app/domain';
import type { ErrorBody } from './error-body';

export function statusOf(code: DomainErrorCode): HttpStatus {
  switch (code) {
    case DomainErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case DomainErrorCode.Conflict:
    case DomainErrorCode.VersionConflict:
      return HttpStatus.CONFLICT;
    case DomainErrorCode.InvalidInput:
      return HttpStatus.BAD_REQUEST;
    case DomainErrorCode.InvalidCredentials:
    case DomainErrorCode.SessionInvalid:
      return HttpStatus.UNAUTHORIZED;
    case DomainErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case DomainErrorCode.TooManyAttempts:
      return HttpStatus.TOO_MANY_REQUESTS;
    case DomainErrorCode.Unprocessable:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    default: {
      const unhandled: never = code;
      throw new Error(`no HTTP status for domain error code ${String(unhandled)}`);
    }
  }
}

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function reason(status: number): string {
  return REASON[status] ?? (status < 500 ? 'Bad Request' : 'Internal Server Error');
}

const PG_UNIQUE_VIOLATION = '23505';

/** Maps everything thrown from a request to the ErrorBody shape, in one place. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception, request);
    if (body.statusCode === HttpStatus.TOO_MANY_REQUESTS && typeof body.details?.retryAfterSeconds === 'number') {
      void reply.header('retry-after', String(body.details.retryAfterSeconds));
    }
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = statusOf(exception.code);
      return { statusCode, error: reason(statusCode), message: exception.message, details: { ...exception.details, code: exception.code } };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'details' in response) {
        return response as ErrorBody;
      }
      const message =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? ((response as { message: string[] }).message).join('; ')
            : String((response as { message?: unknown }).message ?? exception.message);
      return { statusCode, error: reason(statusCode), message };
    }
    // A concurrent writer won a race that the service's own check could not see.
    if (exception instanceof QueryFailedError && (exception.driverError as { code?: string }).code === PG_UNIQUE_VIOLATION) {
      const constraint = (exception.driverError as { constraint?: string }).constraint;
      return {
        statusCode: 409,
        error: reason(409),
        message: 'a record with the same unique value already exists',
        details: { code: DomainErrorCode.Conflict, constraint, inChinese: '已有相同的记录（可能刚由他人同时提交），请刷新后核对' },
      };
    }
    // Errors raised by Fastify itself (bad JSON, body too large, wrong content type).
    const fastifyStatus = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      return { statusCode: fastifyStatus, error: reason(fastifyStatus), message: (exception as Error).message };
    }
    const correlationId = String(request.id);
    this.logger.error(
      { correlationId, err: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : String(exception) },
      'unhandled error',
    );
    return {
      statusCode: 500,
      error: reason(500),
      message: `An unexpected error occurred; quote correlation id ${correlationId} when reporting it`,
      details: { correlationId },
    };
  }
}
