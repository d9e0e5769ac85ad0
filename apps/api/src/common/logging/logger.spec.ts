import { Writable } from 'node:stream';
import { Logger as NestLogger } from '@nestjs/common';
import { PinoNestLogger, createLogger } from './logger';

/** A Writable that keeps each line pino writes. */
function collector(): { stream: Writable; lines: string[]; records: () => Array<Record<string, unknown>> } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      lines.push(...chunk.toString().split('\n').filter((line) => line.length > 0));
      callback();
    },
  });
  return { stream, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const SENSITIVE_KEYS = ['password', 'newPassword', 'refreshToken', 'accessToken', 'nationalId', 'phone'] as const;

/** Puts `{ [key]: value }` at depth 0, 1 or 2 inside the logged object. */
function nestAt(depth: number, key: string, value: string): Record<string, unknown> {
  const leaf = { [key]: value, harmless: 'visible' };
  if (depth === 0) return leaf;
  if (depth === 1) return { body: leaf };
  return { user: { profile: leaf } };
}

describe('createLogger', () => {
  const cases = SENSITIVE_KEYS.flatMap((key) => [0, 1, 2].map((depth) => [key, depth] as const));

  it.each(cases)('never writes the value of %s at depth %i', (key, depth) => {
    const { stream, lines } = collector();
    const logger = createLogger('info', stream);
    const secret = key === 'phone' ? '13800138000' : `S3cret-${key}-${depth}-value`;
    logger.info(nestAt(depth, key, secret), 'something happened');
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).not.toContain(secret);
    expect(line).toContain('[REDACTED]');
    // The key is kept, its value replaced, and the rest left alone.
    expect(line).toContain(`"${key}":"[REDACTED]"`);
    expect(line).toContain('"harmless":"visible"');
  });

  it('redacts every sensitive key in one object at once', () => {
    const { stream, lines } = collector();
    const logger = createLogger('info', stream);
    const secrets = { password: 'pw-aaaa-1111', newPassword: 'pw-bbbb-2222', refreshToken: 'rt-cccc', accessToken: 'at-dddd', nationalId: '110101199003074578', phone: '13912345678' };
    logger.warn({ body: { ...secrets }, ...secrets }, 'change password');
    const line = lines.join('\n');
    for (const value of Object.values(secrets)) expect(line).not.toContain(value);
    expect(line.match(/\[REDACTED\]/g)).toHaveLength(12);
  });

  it('redacts the authorization header under req, and the request serializer drops headers', () => {
    const { stream, lines, records } = collector();
    const logger = createLogger('info', stream);
    logger.info({ req: { id: 'r1', method: 'GET', url: '/api/users', headers: { authorization: 'Bearer eyJ.secret.token', cookie: 'sid=abc123' } } }, 'incoming request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('eyJ.secret.token');
    expect(lines[0]).not.toContain('abc123');
    expect(records()[0]!.req).toEqual({ id: 'r1', method: 'GET', path: '/api/users' });
  });

  it('redacts an authorization header logged outside req', () => {
    const { stream, lines } = collector();
    const logger = createLogger('info', stream);
    logger.info({ request: { headers: { authorization: 'Bearer eyJ.other.token' } } }, 'outgoing call');
    expect(lines[0]).not.toContain('eyJ.other.token');
    expect(lines[0]).toContain('"authorization":"[REDACTED]"');
  });

  it.each([
    ['/api/cadres?q=13800138000', '/api/cadres'],
    ['/api/cadres?name=%E5%BC%A0%E4%B8%89&page=2', '/api/cadres'],
    ['/api/units', '/api/units'],
    ['/api/units?', '/api/units'],
  ])('logs %s as path %s only', (url, path) => {
    const { stream, lines, records } = collector();
    const logger = createLogger('info', stream);
    logger.info({ req: { id: 'r2', method: 'GET', url } }, 'incoming request');
    expect(records()[0]!.req).toEqual({ id: 'r2', method: 'GET', path });
    expect(lines[0]).not.toContain('?');
    expect(lines[0]).not.toContain('13800138000');
  });

  it('writes nothing below its level and names the service', () => {
    const { stream, records } = collector();
    const logger = createLogger('warn', stream);
    logger.info('quiet');
    logger.warn('loud');
    expect(records()).toHaveLength(1);
    expect(records()[0]).toMatchObject({ msg: 'loud', service: 'cadre-assessment', level: 40 });
    expect(typeof records()[0]!.time).toBe('string');
  });
});

describe('createLogger at any depth', () => {
  it('censors sensitive keys deep inside objects and lists', () => {
    const { stream, lines } = collector();
    createLogger('info', stream).info(
      { dto: { contacts: [{ phone: '13911112222', name: '张三' }] }, a: { b: { c: { password: 'deep-secret-value' } } } },
      'x',
    );
    expect(lines[0]).not.toContain('13911112222');
    expect(lines[0]).not.toContain('deep-secret-value');
    expect(lines[0]).toContain('张三');
  });

  it('survives a circular object', () => {
    const { stream, lines } = collector();
    const loop: Record<string, unknown> = { phone: '13911113333' };
    loop.self = loop;
    createLogger('info', stream).info({ loop }, 'x');
    expect(lines[0]).not.toContain('13911113333');
  });
});

describe('PinoNestLogger', () => {
  function setup(level = 'trace') {
    const { stream, records } = collector();
    return { nest: new PinoNestLogger(createLogger(level, stream)), records };
  }

  it('writes an error with structured fields, message and context on one line', () => {
    const { nest, records } = setup();
    nest.error({ correlationId: 'c1' }, 'unhandled error', 'Ctx');
    expect(records()).toHaveLength(1);
    expect(records()[0]).toMatchObject({ correlationId: 'c1', msg: 'unhandled error', context: 'Ctx', level: 50 });
  });

  it('keeps a stack trace as the trace, not as the context', () => {
    const { nest, records } = setup();
    const stack = 'Error: failed\n    at somewhere (file.ts:1:1)';
    nest.error('failed', stack);
    expect(records()[0]).toMatchObject({ msg: 'failed', trace: stack });
    expect(records()[0]).not.toHaveProperty('context', stack);
  });

  it('writes a log message with its context', () => {
    const { nest, records } = setup();
    nest.log('hello', 'Ctx');
    expect(records()).toHaveLength(1);
    expect(records()[0]).toMatchObject({ msg: 'hello', context: 'Ctx', level: 30 });
  });

  it.each([
    ['warn', 40],
    ['debug', 20],
    ['verbose', 10],
    ['fatal', 60],
  ] as const)('maps %s to pino level %i', (method, level) => {
    const { nest, records } = setup();
    nest[method]('message', 'Ctx');
    expect(records()[0]).toMatchObject({ msg: 'message', context: 'Ctx', level });
  });

  it('writes a string error with a stack trace as trace', () => {
    const { nest, records } = setup();
    nest.error('failed', 'Error: failed\n    at x', 'Ctx');
    expect(records()[0]).toMatchObject({ msg: 'failed', context: 'Ctx', trace: 'Error: failed\n    at x' });
  });

  it('writes an Error as err with its message', () => {
    const { nest, records } = setup();
    nest.error(new Error('kaput'), 'Ctx');
    const record = records()[0]!;
    expect(record).toMatchObject({ msg: 'kaput', context: 'Ctx' });
    expect(record.err).toMatchObject({ message: 'kaput', type: 'Error' });
  });

  it('still redacts secrets passed through Nest', () => {
    const { nest, records } = setup();
    nest.log({ user: { password: 'nest-secret-pw' } }, 'Ctx');
    expect(JSON.stringify(records())).not.toContain('nest-secret-pw');
  });

  it("receives a Nest Logger's calls with the logger's name as context", () => {
    const { nest, records } = setup();
    NestLogger.overrideLogger(nest);
    try {
      new NestLogger('HttpErrorFilter').error({ correlationId: 'c2' }, 'unhandled error');
      new NestLogger('UsersService').log('created');
    } finally {
      NestLogger.overrideLogger(false);
    }
    expect(records()).toEqual([
      expect.objectContaining({ correlationId: 'c2', msg: 'unhandled error', context: 'HttpErrorFilter', level: 50 }),
      expect.objectContaining({ msg: 'created', context: 'UsersService', level: 30 }),
    ]);
  });
});
