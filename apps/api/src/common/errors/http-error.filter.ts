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

/**
 * A refusal the domain did not raise (the access guard's 403, an upload's 413, a body
 * Fastify could not read), in the words the console shows a clerk: `details.inChinese`,
 * as the domain's own errors carry it. `message` stays as Nest or Fastify wrote it.
 */
const IN_CHINESE: Record<number, string> = {
  400: '提交的内容有误，无法处理',
  401: '尚未登录或登录已失效，请重新登录',
  403: '当前账号无权进行此操作',
  404: '请求的地址不存在',
  405: '不支持该请求方式',
  409: '操作与当前状态冲突，请刷新后重试',
  413: '提交的内容过大',
  415: '不支持该提交格式',
  422: '提交的内容不符合要求',
  429: '操作过于频繁，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
};

/** Fastify's errors that say more than their status does. */
const FASTIFY_IN_CHINESE: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: '提交的数据格式有误，无法读取',
  FST_ERR_CTP_EMPTY_JSON_BODY: '提交的内容为空',
  FST_ERR_CTP_BODY_TOO_LARGE: '提交的内容过大',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持该提交格式',
  FST_REQ_FILE_TOO_LARGE: '文件过大，超过了允许的大小',
  FST_FILES_LIMIT: '一次只能上传一个文件',
  FST_PARTS_LIMIT: '上传的内容项过多',
  FST_FIELDS_LIMIT: '上传的内容项过多',
};

function inChinese(status: number, fastifyCode?: unknown): string {
  const specific = typeof fastifyCode === 'string' ? FASTIFY_IN_CHINESE[fastifyCode] : undefined;
  return specific ?? IN_CHINESE[status] ?? (status < 500 ? '请求未能完成' : '服务暂时不可用，请稍后再试');
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
      return { statusCode, error: reason(statusCode), message, details: { inChinese: inChinese(statusCode) } };
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
      return {
        statusCode: fastifyStatus,
        error: reason(fastifyStatus),
        message: (exception as Error).message,
        details: { inChinese: inChinese(fastifyStatus, (exception as { code?: unknown }).code) },
      };
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
      details: { correlationId, inChinese: `服务出现异常，请稍后重试；如需报告，请提供编号 ${correlationId}` },
    };
  }
}
