import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { passwordProblem } from '@app/domain';

export type DatabaseConfig =
  | { readonly mode: 'server'; readonly url: string }
  | { readonly mode: 'embedded'; readonly dataDir: string };

/** Everything the process reads from its environment, validated once at start. */
export class AppConfig {
  constructor(
    readonly port: number,
    readonly database: DatabaseConfig,
    readonly dataDir: string,
    readonly jwtSecret: string,
    /** Only for the first start, when no user exists yet. */
    readonly adminPassword: string | undefined,
    readonly corsOrigins: readonly string[],
    readonly logLevel: string,
    /** Requests per minute from one client address; 0: no limit (a gateway in front limits). */
    readonly rateLimitPerMinute: number = DEFAULT_RATE_LIMIT,
    /** The proxies whose X-Forwarded-For is believed; none: the connection's own address counts. */
    readonly trustedProxies: readonly string[] = [],
    /** The built web console (apps/web), served at `/` when it holds an index.html. */
    readonly webRoot: string = resolve('dist/web'),
  ) {}
}

/** A configuration value that stops the process; names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const DEFAULT_RATE_LIMIT = 600;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const JWT_SECRET_MIN_BYTES = 32;
const JWT_SECRET_FILE = 'jwt-secret';

type Env = Record<string, string | undefined>;

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return 3000;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new ConfigError('PORT', `must be an integer between 1 and 65535 (got "${raw}")`);
  }
  return Number(raw);
}

function parseDatabaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a valid URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql:// (got ${url.protocol}//)`);
  }
  if (!url.hostname) throw new ConfigError('DATABASE_URL', 'names no host');
  return raw;
}

function checkJwtSecret(secret: string, variable: string): string {
  if (Buffer.byteLength(secret, 'utf8') < JWT_SECRET_MIN_BYTES) {
    throw new ConfigError(variable, `must be at least ${JWT_SECRET_MIN_BYTES} bytes long`);
  }
  return secret;
}

/** In embedded mode the secret is generated once and kept beside the database. */
function embeddedJwtSecret(dataDir: string): string {
  const file = join(dataDir, JWT_SECRET_FILE);
  if (existsSync(file)) return checkJwtSecret(readFileSync(file, 'utf8').trim(), `the file ${file}`);
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}

function parseCorsOrigins(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw.split(',').map((origin) => {
    const trimmed = origin.trim();
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new ConfigError('CORS_ORIGINS', `has an entry that is not a URL: "${trimmed}"`);
    }
    if (url.origin !== trimmed) {
      throw new ConfigError('CORS_ORIGINS', `entries must be bare origins like https://example.gov.cn (got "${trimmed}")`);
    }
    return trimmed;
  });
}

function parseRateLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_RATE_LIMIT;
  if (!/^\d+$/.test(raw) || Number(raw) > 1_000_000) throw new ConfigError('RATE_LIMIT_PER_MINUTE', `must be an integer from 0 (no limit) to 1000000 (got "${raw}")`);
  return Number(raw);
}

/** Addresses or CIDR ranges, e.g. 10.0.0.1,10.1.0.0/16. */
function parseTrustedProxies(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const trimmed = entry.trim();
    if (!/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(trimmed)) throw new ConfigError('TRUSTED_PROXIES', `has an entry that is not an address or CIDR range: "${trimmed}"`);
    return trimmed;
  });
}

function parseAdminPassword(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const problem = passwordProblem(raw, 'admin');
  if (problem) throw new ConfigError('ADMIN_PASSWORD', problem);
  return raw;
}

/**
 * Reads and checks the environment. Throws ConfigError naming the first bad
 * variable; writes only the embedded JWT secret file, and only when it is missing.
 */
export function loadConfig(env: Env, cwd = process.cwd()): AppConfig {
  const port = parsePort(nonEmpty(env, 'PORT'));
  const dataDir = resolve(cwd, nonEmpty(env, 'DATA_DIR') ?? 'data');
  const databaseUrl = nonEmpty(env, 'DATABASE_URL');
  const database: DatabaseConfig = databaseUrl
    ? { mode: 'server', url: parseDatabaseUrl(databaseUrl) }
    : { mode: 'embedded', dataDir };

  // Not trimmed (spaces may belong to a passphrase), but blank means unset like everything else.
  const adminPassword = parseAdminPassword(env.ADMIN_PASSWORD?.trim() ? env.ADMIN_PASSWORD : undefined);
  const corsOrigins = parseCorsOrigins(nonEmpty(env, 'CORS_ORIGINS'));
  const logLevel = nonEmpty(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const rateLimitPerMinute = parseRateLimit(nonEmpty(env, 'RATE_LIMIT_PER_MINUTE'));
  const trustedProxies = parseTrustedProxies(nonEmpty(env, 'TRUSTED_PROXIES'));
  const webRoot = resolve(cwd, nonEmpty(env, 'WEB_ROOT') ?? 'dist/web');

  // Last, so that a bad value elsewhere leaves no file behind.
  const rawSecret = nonEmpty(env, 'JWT_SECRET');
  let jwtSecret: string;
  if (rawSecret) jwtSecret = checkJwtSecret(rawSecret, 'JWT_SECRET');
  else if (database.mode === 'server') throw new ConfigError('JWT_SECRET', 'is required when DATABASE_URL is set');
  else jwtSecret = embeddedJwtSecret(dataDir);

  return new AppConfig(port, database, dataDir, jwtSecret, adminPassword, corsOrigins, logLevel, rateLimitPerMinute, trustedProxies, webRoot);
}
