import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * Keys whose values never reach a log line, at any depth pino can address:
 * secrets, tokens and PII (national id, phone).
 */
const REDACTED_KEYS = [
  'password',
  'oldPassword',
  'newPassword',
  'passwordHash',
  'accessToken',
  'refreshToken',
  'token',
  'nationalId',
  'phone',
  'authorization',
  'cookie',
];

const SENSITIVE = new Set(REDACTED_KEYS.map((key) => key.toLowerCase()));
const MAX_DEPTH = 12;

/**
 * A copy of a log object with every sensitive key censored, at any depth (pino's own
 * redact paths cannot say "any depth"). Errors and other class instances are left
 * as they are: pino serializes them itself.
 */
export function censor(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => censor(item, depth + 1, seen));
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SENSITIVE.has(key.toLowerCase()) ? '[REDACTED]' : censor(item, depth + 1, seen)]),
  );
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[REDACTED]' },
      formatters: { log: (object) => censor(object) as Record<string, unknown> },
      base: { service: 'cadre-assessment' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: {
        // The path only: query strings may carry search terms such as a name or a phone.
        req: (req: { id?: string; method?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url?.split('?')[0],
        }),
      },
    },
    destination,
  );
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Lets Nest's own Logger calls go to the same pino instance. Nest passes the
 * logger's context as the last parameter; an object message becomes structured
 * fields, and a string after it becomes the message.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const rest = [...params];
    // Nest passes the logger's context last; a stack trace in that place is not one.
    const last = rest[rest.length - 1];
    const context = typeof last === 'string' && !/\n\s+at /.test(last) ? (rest.pop() as string) : undefined;
    const text = rest.find((p): p is string => typeof p === 'string');
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) {
      this.logger[level]({ context, ...(message as Record<string, unknown>) }, text ?? '');
    } else if (message instanceof Error) {
      this.logger[level]({ context, err: message }, text ?? message.message);
    } else {
      this.logger[level]({ context, ...(text ? { trace: text } : {}) }, String(message));
    }
  }
}
