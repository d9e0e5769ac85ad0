import {
  type ArgumentsHost,
  BadRequestException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
  UnauthorizedException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { QueryFailedError } from 'typeorm';
import { DomainError, DomainErrorCode, Role } from '@app/domain';
import { IsDateOnly, IsDecimal, IsPlainText } from '../validation/decorators';
import { HttpErrorFilter, statusOf } from './http-error.filter';
import { createValidationPipe, flattenValidationErrors, invalidFieldsException } from './validation';

interface Recorded {
  statuses: number[];
  headers: Array<[string, string]>;
  sent: unknown[];
}

/** An ArgumentsHost over `{ id: 'req-123' }` and a reply that records its calls. */
function makeHost(): { host: ArgumentsHost; recorded: Recorded } {
  const recorded: Recorded = { statuses: [], headers: [], sent: [] };
  const request = { id: 'req-123' };
  const reply = {
    status(code: number) {
      recorded.statuses.push(code);
      return reply;
    },
    header(name: string, value: string) {
      recorded.headers.push([name, value]);
      return reply;
    },
    send(body: unknown) {
      recorded.sent.push(body);
      return reply;
    },
  };
  const args = [request, reply];
  const host: ArgumentsHost = {
    getArgs: <T extends unknown[]>() => args as T,
    getArgByIndex: <T>(index: number) => args[index] as T,
    getType: <T extends string>() => 'http' as T,
    switchToHttp: () => ({
      getRequest: <T>() => request as T,
      getResponse: <T>() => reply as T,
      getNext: <T>() => undefined as T,
    }),
    switchToRpc: () => {
      throw new Error('not rpc');
    },
    switchToWs: () => {
      throw new Error('not ws');
    },
  };
  return { host, recorded };
}

/** Runs the filter and returns the single answer it sent. */
function answer(exception: unknown): { status: number; body: Record<string, unknown>; headers: Array<[string, string]> } {
  const { host, recorded } = makeHost();
  new HttpErrorFilter().catch(exception, host);
  expect(recorded.statuses).toHaveLength(1);
  expect(recorded.sent).toHaveLength(1);
  return { status: recorded.statuses[0]!, body: recorded.sent[0] as Record<string, unknown>, headers: recorded.headers };
}

describe('HttpErrorFilter', () => {
  let loggedErrors: unknown[][];

  beforeEach(() => {
    loggedErrors = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((...args: unknown[]) => {
      loggedErrors.push(args);
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  describe('domain errors', () => {
    const table: Array<[DomainErrorCode, number, string]> = [
      [DomainErrorCode.NotFound, 404, 'Not Found'],
      [DomainErrorCode.Conflict, 409, 'Conflict'],
      [DomainErrorCode.VersionConflict, 409, 'Conflict'],
      [DomainErrorCode.InvalidInput, 400, 'Bad Request'],
      [DomainErrorCode.InvalidCredentials, 401, 'Unauthorized'],
      [DomainErrorCode.SessionInvalid, 401, 'Unauthorized'],
      [DomainErrorCode.Forbidden, 403, 'Forbidden'],
      [DomainErrorCode.TooManyAttempts, 429, 'Too Many Requests'],
      [DomainErrorCode.Unprocessable, 422, 'Unprocessable Entity'],
    ];

    it('covers every DomainErrorCode', () => {
      expect(table.map(([code]) => code).sort()).toEqual(Object.values(DomainErrorCode).sort());
    });

    it.each(table)('statusOf(%s) is %i', (code, status) => {
      expect(statusOf(code)).toBe(status);
    });

    it.each(table)('%s answers %i %s with the code and details', (code, status, error) => {
      const { status: sent, body, headers } = answer(new DomainError(code, `something about ${code}`, { resource: 'cadre', id: 'c-1' }));
      expect(sent).toBe(status);
      expect(sent).toBe(statusOf(code));
      expect(body).toEqual({
        statusCode: status,
        error,
        message: `something about ${code}`,
        details: { code, resource: 'cadre', id: 'c-1' },
      });
      expect(headers).toEqual([]);
      expect(loggedErrors).toEqual([]);
    });

    it('answers details with only the code when the error has none', () => {
      const { body } = answer(new DomainError(DomainErrorCode.Forbidden, 'no'));
      expect(body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'no', details: { code: 'FORBIDDEN' } });
    });

    it('maps the DomainError factories', () => {
      expect(answer(DomainError.notFound('cadre', 'c-9')).body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'cadre c-9 not found',
        details: { code: 'NOT_FOUND', resource: 'cadre', id: 'c-9', inChinese: '未找到该干部，或无权查看' },
      });
      expect(answer(DomainError.versionConflict('unit', 'u-1')).body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: 'unit u-1 was changed by someone else; reload it and try again',
        details: { code: 'VERSION_CONFLICT', resource: 'unit', id: 'u-1', inChinese: '该单位已被他人修改，请刷新后重试' },
      });
      expect(answer(DomainError.conflict('batch b-1 is closed', '历练批次已结束', { field: 'batchId' })).body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: 'batch b-1 is closed',
        details: { code: 'CONFLICT', field: 'batchId', inChinese: '历练批次已结束' },
      });
      expect(answer(DomainError.invalidInput('date', 'cannot be in the future', '不能晚于今天')).body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'date cannot be in the future',
        details: { code: 'INVALID_INPUT', fields: [{ field: 'date', errors: ['cannot be in the future'], inChinese: ['不能晚于今天'] }] },
      });
      expect(answer(DomainError.invalidFields([{ field: 'endDate', message: '结束日期早于开始日期', inChinese: '结束日期早于开始日期' }])).body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid input: endDate (结束日期早于开始日期)',
        details: { code: 'INVALID_INPUT', fields: [{ field: 'endDate', errors: ['结束日期早于开始日期'], inChinese: ['结束日期早于开始日期'] }] },
      });
      expect(answer(DomainError.unknownReference('batchId', 'batch', 'b-9')).body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'batchId refers to no batch (b-9)',
        details: { code: 'INVALID_INPUT', fields: [{ field: 'batchId', errors: ['refers to no batch (b-9)'], inChinese: ['所选历练批次不存在，请刷新后重新选择'] }] },
      });
    });

    it('sets retry-after for TOO_MANY_ATTEMPTS with retryAfterSeconds', () => {
      const { status, headers, body } = answer(new DomainError(DomainErrorCode.TooManyAttempts, 'slow down', { retryAfterSeconds: 60 }));
      expect(status).toBe(429);
      expect(headers).toEqual([['retry-after', '60']]);
      expect(body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'slow down',
        details: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 },
      });
    });

    it('sets no retry-after for TOO_MANY_ATTEMPTS without a numeric retryAfterSeconds', () => {
      expect(answer(new DomainError(DomainErrorCode.TooManyAttempts, 'slow down')).headers).toEqual([]);
      expect(answer(new DomainError(DomainErrorCode.TooManyAttempts, 'slow down', { retryAfterSeconds: '60' })).headers).toEqual([]);
    });

    it('sets no retry-after on other statuses even when details carry retryAfterSeconds', () => {
      expect(answer(new DomainError(DomainErrorCode.Conflict, 'busy', { retryAfterSeconds: 5 })).headers).toEqual([]);
    });
  });

  describe('Nest HTTP exceptions', () => {
    it("answers NotFoundException('x') with 404 in the same shape, with its reason in Chinese", () => {
      const { status, body } = answer(new NotFoundException('x'));
      expect(status).toBe(404);
      expect(body).toEqual({ statusCode: 404, error: 'Not Found', message: 'x', details: { inChinese: '请求的地址不存在' } });
    });

    it('joins an array message', () => {
      const { status, body } = answer(new BadRequestException(['a is bad', 'b is bad']));
      expect(status).toBe(400);
      expect(body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'a is bad; b is bad', details: { inChinese: '提交的内容有误，无法处理' } });
    });

    it('uses the default message of a bare exception', () => {
      expect(answer(new ForbiddenException()).body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Forbidden', details: { inChinese: '当前账号无权进行此操作' } });
    });

    it("keeps the access guard's English 403 and says it in Chinese", () => {
      expect(answer(new ForbiddenException('role HOST_UNIT lacks the permission round.manage')).body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: 'role HOST_UNIT lacks the permission round.manage',
        details: { inChinese: '当前账号无权进行此操作' },
      });
    });

    it("says the passport guard's 401 (no token) in Chinese", () => {
      expect(answer(new UnauthorizedException()).body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Unauthorized',
        details: { inChinese: '尚未登录或登录已失效，请重新登录' },
      });
    });

    it.each([400, 401, 403, 404, 405, 409, 413, 415, 418, 422, 429, 503])('gives a %i a reason in Chinese, without a Latin letter', (status) => {
      const { status: sent, body } = answer(new HttpException('in English', status));
      expect(sent).toBe(status);
      expect(body.message).toBe('in English');
      expect((body.details as { inChinese: string }).inChinese).toMatch(/^[^A-Za-z]+$/);
    });

    it("passes an exception's own details through, its Chinese reason among them (an upload's 413, the rate limit's 429)", () => {
      const upload = new PayloadTooLargeException({ statusCode: 413, error: 'Payload Too Large', message: 'request file too large', details: { limitBytes: 5_242_880, inChinese: '文件不能超过 5 MB' } });
      expect(answer(upload).body).toBe(upload.getResponse());
      const limited = answer(new HttpException({ statusCode: 429, error: 'Too Many Requests', message: '请求过于频繁，请 30 秒后再试', details: { inChinese: '请求过于频繁，请 30 秒后再试', retryAfterSeconds: 30 } }, 429));
      expect(limited.status).toBe(429);
      expect(limited.headers).toEqual([['retry-after', '30']]);
      expect(limited.body.details).toEqual({ inChinese: '请求过于频繁，请 30 秒后再试', retryAfterSeconds: 30 });
    });

    it('passes the BadRequestException of invalidFieldsException through unchanged', () => {
      const exception = invalidFieldsException([
        { field: 'password', errors: ['must be at least 12 characters'], inChinese: ['至少 12 个字符'] },
        { field: 'items.0.name', errors: ['should not be empty', 'must be a string'], inChinese: ['不能为空', '应为文本'] },
      ]);
      const { status, body } = answer(exception);
      expect(status).toBe(400);
      expect(body).toBe(exception.getResponse());
      expect(body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid input: password (must be at least 12 characters), items.0.name (should not be empty; must be a string)',
        details: {
          fields: [
            { field: 'password', errors: ['must be at least 12 characters'], inChinese: ['至少 12 个字符'] },
            { field: 'items.0.name', errors: ['should not be empty', 'must be a string'], inChinese: ['不能为空', '应为文本'] },
          ],
        },
      });
    });
  });

  describe('database errors', () => {
    function queryFailed(code: string, message: string, constraint?: string): QueryFailedError {
      const driverError = Object.assign(new Error(message), { code, constraint });
      return new QueryFailedError('INSERT INTO "user" ("username") VALUES ($1)', ['zhangsan'], driverError);
    }

    it('answers 409 CONFLICT for a unique violation (23505), without the driver message', () => {
      const { status, body } = answer(
        queryFailed('23505', 'duplicate key value violates unique constraint "UQ_user_username" Key (username)=(zhangsan)', 'UQ_user_username'),
      );
      expect(status).toBe(409);
      expect(body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: 'a record with the same unique value already exists',
        details: { code: 'CONFLICT', constraint: 'UQ_user_username', inChinese: '已有相同的记录（可能刚由他人同时提交），请刷新后核对' },
      });
      expect(JSON.stringify(body)).not.toContain('zhangsan');
    });

    it('answers 500 for another database error, without the SQL or its values', () => {
      const { status, body } = answer(queryFailed('23503', 'insert violates foreign key constraint; Key (unit_id)=(u-secret)'));
      expect(status).toBe(500);
      expect(body.details).toEqual({ correlationId: 'req-123', inChinese: '服务出现异常，请稍后重试；如需报告，请提供编号 req-123' });
      const text = JSON.stringify(body);
      expect(text).not.toContain('u-secret');
      expect(text).not.toContain('INSERT');
    });
  });

  describe('errors raised by Fastify', () => {
    it('keeps a 4xx statusCode and its message, and says it in Chinese', () => {
      const error = Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
      expect(answer(error)).toEqual({
        status: 413,
        headers: [],
        body: { statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large', details: { inChinese: '提交的内容过大' } },
      });
    });

    it.each<[string, number, string]>([
      ['FST_ERR_CTP_INVALID_JSON_BODY', 400, '提交的数据格式有误，无法读取'],
      ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, '提交的内容为空'],
      ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, '不支持该提交格式'],
      ['FST_REQ_FILE_TOO_LARGE', 413, '文件过大，超过了允许的大小'],
      ['FST_FILES_LIMIT', 413, '一次只能上传一个文件'],
      ['FST_SOMETHING_NEW', 413, '提交的内容过大'],
      ['FST_SOMETHING_NEW', 400, '提交的内容有误，无法处理'],
    ])('says %s (%i) in Chinese', (code, statusCode, inChinese) => {
      const { status, body } = answer(Object.assign(new Error('in English'), { statusCode, code }));
      expect(status).toBe(statusCode);
      expect(body).toEqual({ statusCode, error: expect.any(String), message: 'in English', details: { inChinese } });
    });

    it('does not trust a 5xx statusCode on an error: it is an unexpected error', () => {
      const error = Object.assign(new Error('upstream exploded with secret detail'), { statusCode: 502 });
      const { status, body } = answer(error);
      expect(status).toBe(500);
      expect(JSON.stringify(body)).not.toContain('secret detail');
    });
  });

  describe('unexpected errors', () => {
    it('answers 500 with the correlation id and without the error message', () => {
      const { status, body, headers } = answer(new Error('boom'));
      expect(status).toBe(500);
      expect(headers).toEqual([]);
      expect(body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        message: expect.stringContaining('req-123'),
        details: { correlationId: 'req-123', inChinese: '服务出现异常，请稍后重试；如需报告，请提供编号 req-123' },
      });
      expect(body.message).toEqual(expect.stringContaining('req-123'));
      expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message', 'statusCode']);
      expect(JSON.stringify(body)).not.toContain('boom');
    });

    it('logs the error once with the correlation id and the original message', () => {
      answer(new Error('boom'));
      expect(loggedErrors).toHaveLength(1);
      const [fields, message] = loggedErrors[0]!;
      expect(message).toBe('unhandled error');
      expect(fields).toMatchObject({ correlationId: 'req-123', err: { name: 'Error', message: 'boom' } });
    });

    it.each<[string, unknown]>([
      ['a thrown string', 'boom'],
      ['a thrown object', { reason: 'boom' }],
      ['null', null],
      ['undefined', undefined],
      ['a TypeError', new TypeError('boom is not a function')],
    ])('answers 500 for %s', (_name, thrown) => {
      const { status, body } = answer(thrown);
      expect(status).toBe(500);
      expect(body.details).toEqual({ correlationId: 'req-123', inChinese: '服务出现异常，请稍后重试；如需报告，请提供编号 req-123' });
      expect(JSON.stringify(body)).not.toContain('boom');
    });
  });
});

describe('domain error codes', () => {
  it('cannot be replaced by a code inside the details', () => {
    const { body } = answer(new DomainError(DomainErrorCode.NotFound, 'gone', { code: 'SOMETHING_ELSE', id: 'x' }));
    expect(body.details).toEqual({ code: 'NOT_FOUND', id: 'x' });
  });
});

describe('flattenValidationErrors', () => {
  it('flattens a nested tree into dotted paths such as items.0.name', () => {
    const tree: ValidationError[] = [
      { property: 'title', constraints: { isString: 'title must be a string' }, children: [] },
      {
        property: 'items',
        children: [
          {
            property: '0',
            children: [
              {
                property: 'name',
                constraints: { isNotEmpty: 'name should not be empty', isString: 'name must be a string' },
                children: [],
              },
            ],
          },
          {
            property: '2',
            children: [
              { property: 'score', constraints: { max: 'score must not be greater than 10' }, children: [] },
              { property: 'tags', children: [{ property: '1', constraints: { isString: 'each value in tags must be a string' } }] },
            ],
          },
        ],
      },
    ];
    expect(flattenValidationErrors(tree)).toEqual([
      { field: 'title', errors: ['title must be a string'], inChinese: ['应为文本'] },
      { field: 'items.0.name', errors: ['name should not be empty', 'name must be a string'], inChinese: ['不能为空', '应为文本'] },
      { field: 'items.2.score', errors: ['score must not be greater than 10'], inChinese: ['不能大于 10'] },
      { field: 'items.2.tags.1', errors: ['each value in tags must be a string'], inChinese: ['应为文本'] },
    ]);
  });

  it('reports a node with its own constraints and its children', () => {
    const tree: ValidationError[] = [
      {
        property: 'address',
        constraints: { isObject: 'address must be an object' },
        children: [{ property: 'city', constraints: { isString: 'city must be a string' } }],
      },
    ];
    expect(flattenValidationErrors(tree)).toEqual([
      { field: 'address', errors: ['address must be an object'], inChinese: ['应为对象'] },
      { field: 'address.city', errors: ['city must be a string'], inChinese: ['应为文本'] },
    ]);
  });

  it('prefixes a parent path and returns nothing for no errors', () => {
    expect(flattenValidationErrors([{ property: 'x', constraints: { a: 'x is bad' } }], 'body')).toEqual([{ field: 'body.x', errors: ['x is bad'], inChinese: ['填写的内容不符合要求'] }]);
    expect(flattenValidationErrors([])).toEqual([]);
  });

  describe('through the application ValidationPipe', () => {
    class ItemDto {
      @IsString()
      @IsNotEmpty()
      name!: string;

      @Max(10)
      score!: number;
    }

    class BodyDto {
      @IsString()
      title!: string;

      @ValidateNested({ each: true })
      @Type(() => ItemDto)
      items!: ItemDto[];
    }

    it('answers items.0.name for a nested DTO', async () => {
      const pipe: ValidationPipe = createValidationPipe();
      const rejection = pipe
        .transform({ title: 'ok', items: [{ name: '', score: 1 }, { name: 'fine', score: 11 }] }, { type: 'body', metatype: BodyDto })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      const error = await rejection;
      expect(error).toBeInstanceOf(BadRequestException);
      const response = (error as BadRequestException).getResponse() as { statusCode: number; details: { fields: unknown } };
      expect(response.statusCode).toBe(HttpStatus.BAD_REQUEST);
      expect(response.details.fields).toEqual([
        { field: 'items.0.name', errors: ['name should not be empty'], inChinese: ['不能为空'] },
        { field: 'items.1.score', errors: ['score must not be greater than 10'], inChinese: ['不能大于 10'] },
      ]);
    });

    class FormDto {
      @IsPlainText(20) name!: string;
      @IsDateOnly() date!: string;
      @IsInt() @Min(1) count!: number;
      @IsUUID() unitId!: string;
      @IsEnum(Role) role!: Role;
      @IsDecimal(2) points!: number;
      @Matches(/^x$/) code!: string;
    }

    it('says each field’s problem in Chinese beside the English, its bound included', async () => {
      const error = await createValidationPipe()
        .transform({ name: '=SUM(A1)', date: '2023/1/1', count: 0, unitId: 'u1', role: 'KING', points: 1.234, code: 'y', extra: 1 }, { type: 'body', metatype: FormDto })
        .then(
          () => undefined,
          (refusal: unknown) => refusal,
        );
      const fields = ((error as BadRequestException).getResponse() as { details: { fields: { field: string; inChinese: string[] }[] } }).details.fields;
      expect(Object.fromEntries(fields.map((f) => [f.field, f.inChinese]))).toEqual({
        name: ['不能以空格或 = + - @ 开头'],
        date: ['日期应写作 YYYY-MM-DD'],
        count: ['不能小于 1'],
        unitId: ['应为有效的记录编号'],
        role: ['不是可选的值'],
        points: ['应为数字，最多 2 位小数'],
        code: ['格式不正确'],
        extra: ['不是可填写的字段'],
      });
      const long = await createValidationPipe()
        .transform({ name: '很'.repeat(21), date: '2023-01-01', count: 1, unitId: '2b1d3c4e-5f60-4718-9a2b-3c4d5e6f7a8b', role: Role.Cadre, points: 1, code: 'x' }, { type: 'body', metatype: FormDto })
        .then(
          () => undefined,
          (refusal: unknown) => refusal,
        );
      expect(((long as BadRequestException).getResponse() as { details: { fields: unknown } }).details.fields).toEqual([
        { field: 'name', errors: ['name must be shorter than or equal to 20 characters'], inChinese: ['最多 20 个字符'] },
      ]);
    });
  });
});
