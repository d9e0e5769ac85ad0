import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

type Env = Record<string, string | undefined>;

const SECRET = 'x'.repeat(32);
const SERVER_URL = 'postgres://cadre:pw@db.internal:5432/cadre';

/** The ConfigError thrown by `fn`; fails the test if it throws something else or nothing. */
function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, but nothing was thrown');
}

describe('loadConfig', () => {
  let cwd: string;

  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'app-config-spec-'));
  });

  afterEach(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  describe('defaults', () => {
    it('listens on 3000, runs embedded in <cwd>/data, allows no CORS origin, logs at info', () => {
      const config = loadConfig({}, cwd);
      expect(config.port).toBe(3000);
      expect(config.database).toEqual({ mode: 'embedded', dataDir: join(cwd, 'data') });
      expect(config.dataDir).toBe(join(cwd, 'data'));
      expect(config.corsOrigins).toEqual([]);
      expect(config.logLevel).toBe('info');
      expect(config.adminPassword).toBeUndefined();
    });

    it('treats blank values as unset', () => {
      const config = loadConfig({ PORT: '  ', DATABASE_URL: '', CORS_ORIGINS: ' ', LOG_LEVEL: '', JWT_SECRET: ' ' }, cwd);
      expect(config.port).toBe(3000);
      expect(config.database.mode).toBe('embedded');
      expect(config.corsOrigins).toEqual([]);
      expect(config.logLevel).toBe('info');
    });

    it('resolves a relative DATA_DIR against cwd and keeps an absolute one', () => {
      expect(loadConfig({ DATA_DIR: 'var/db', JWT_SECRET: SECRET }, cwd).dataDir).toBe(join(cwd, 'var', 'db'));
      const absolute = join(cwd, 'elsewhere');
      expect(loadConfig({ DATA_DIR: absolute, JWT_SECRET: SECRET }, cwd).database).toEqual({ mode: 'embedded', dataDir: absolute });
    });
  });

  describe('accepted values', () => {
    it.each([
      ['1', 1],
      ['8080', 8080],
      [' 8080 ', 8080],
      ['65535', 65535],
    ])('PORT=%p gives %p', (raw, port) => {
      expect(loadConfig({ PORT: raw, JWT_SECRET: SECRET }, cwd).port).toBe(port);
    });

    it.each(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])('LOG_LEVEL=%s', (level) => {
      expect(loadConfig({ LOG_LEVEL: level, JWT_SECRET: SECRET }, cwd).logLevel).toBe(level);
    });

    it('splits and trims CORS_ORIGINS into bare origins', () => {
      const config = loadConfig({ CORS_ORIGINS: 'https://kaohe.example.gov.cn, http://localhost:5173', JWT_SECRET: SECRET }, cwd);
      expect(config.corsOrigins).toEqual(['https://kaohe.example.gov.cn', 'http://localhost:5173']);
    });

    it('limits each client to 600 requests a minute by default, trusts no proxy, and takes both from the environment', () => {
      const defaults = loadConfig({ JWT_SECRET: SECRET }, cwd);
      expect(defaults).toMatchObject({ rateLimitPerMinute: 600, trustedProxies: [] });
      const set = loadConfig({ JWT_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: '0', TRUSTED_PROXIES: '10.0.0.1, 10.1.0.0/16,::1' }, cwd);
      expect(set).toMatchObject({ rateLimitPerMinute: 0, trustedProxies: ['10.0.0.1', '10.1.0.0/16', '::1'] });
    });

    it('treats a blank ADMIN_PASSWORD as unset', () => {
      expect(loadConfig({ ADMIN_PASSWORD: '  ', JWT_SECRET: SECRET }, cwd).adminPassword).toBeUndefined();
    });

    it('returns an acceptable ADMIN_PASSWORD unchanged', () => {
      expect(loadConfig({ ADMIN_PASSWORD: 'correct horse battery staple', JWT_SECRET: SECRET }, cwd).adminPassword).toBe(
        'correct horse battery staple',
      );
    });

    it('accepts a JWT_SECRET of exactly 32 bytes, and counts bytes rather than characters', () => {
      expect(loadConfig({ JWT_SECRET: SECRET }, cwd).jwtSecret).toBe(SECRET);
      // 11 Chinese characters are 33 UTF-8 bytes.
      const chinese = '组织部考核挂职干部密钥';
      expect(loadConfig({ JWT_SECRET: chinese }, cwd).jwtSecret).toBe(chinese);
    });
  });

  describe('rejected values name their variable', () => {
    const cases: Array<[string, Env, string]> = [
      ['PORT non-numeric', { PORT: 'http' }, 'PORT'],
      ['PORT 0', { PORT: '0' }, 'PORT'],
      ['PORT 70000', { PORT: '70000' }, 'PORT'],
      ['PORT 65536', { PORT: '65536' }, 'PORT'],
      ['PORT negative', { PORT: '-1' }, 'PORT'],
      ['PORT fractional', { PORT: '3000.5' }, 'PORT'],
      ['PORT with a unit', { PORT: '3000px' }, 'PORT'],
      ['DATABASE_URL not a URL', { DATABASE_URL: 'not a url', JWT_SECRET: SECRET }, 'DATABASE_URL'],
      ['DATABASE_URL mysql://', { DATABASE_URL: 'mysql://root:pw@localhost:3306/cadre', JWT_SECRET: SECRET }, 'DATABASE_URL'],
      ['DATABASE_URL http://', { DATABASE_URL: 'http://db.internal/cadre', JWT_SECRET: SECRET }, 'DATABASE_URL'],
      ['DATABASE_URL without a host', { DATABASE_URL: 'postgres://', JWT_SECRET: SECRET }, 'DATABASE_URL'],
      ['JWT_SECRET of 31 bytes', { JWT_SECRET: 'x'.repeat(31) }, 'JWT_SECRET'],
      ['JWT_SECRET short', { JWT_SECRET: 'secret' }, 'JWT_SECRET'],
      ['JWT_SECRET of 10 Chinese characters (30 bytes)', { JWT_SECRET: '组织部考核挂职干部密' }, 'JWT_SECRET'],
      ['JWT_SECRET short in server mode', { DATABASE_URL: SERVER_URL, JWT_SECRET: 'secret' }, 'JWT_SECRET'],
      ['JWT_SECRET missing while DATABASE_URL is set', { DATABASE_URL: SERVER_URL }, 'JWT_SECRET'],
      ['JWT_SECRET blank while DATABASE_URL is set', { DATABASE_URL: SERVER_URL, JWT_SECRET: '   ' }, 'JWT_SECRET'],
      ['ADMIN_PASSWORD too short', { ADMIN_PASSWORD: 'short', JWT_SECRET: SECRET }, 'ADMIN_PASSWORD'],
      ['ADMIN_PASSWORD containing "admin"', { ADMIN_PASSWORD: 'my-Admin-password-2025', JWT_SECRET: SECRET }, 'ADMIN_PASSWORD'],
      ['ADMIN_PASSWORD repetitive', { ADMIN_PASSWORD: 'abababababababab', JWT_SECRET: SECRET }, 'ADMIN_PASSWORD'],
      ['CORS_ORIGINS not a URL', { CORS_ORIGINS: 'kaohe.example.gov.cn', JWT_SECRET: SECRET }, 'CORS_ORIGINS'],
      ['CORS_ORIGINS with a path', { CORS_ORIGINS: 'https://kaohe.example.gov.cn/app', JWT_SECRET: SECRET }, 'CORS_ORIGINS'],
      ['RATE_LIMIT_PER_MINUTE negative', { RATE_LIMIT_PER_MINUTE: '-1', JWT_SECRET: SECRET }, 'RATE_LIMIT_PER_MINUTE'],
      ['RATE_LIMIT_PER_MINUTE not a number', { RATE_LIMIT_PER_MINUTE: 'many', JWT_SECRET: SECRET }, 'RATE_LIMIT_PER_MINUTE'],
      ['TRUSTED_PROXIES not an address', { TRUSTED_PROXIES: 'proxy.example.gov.cn', JWT_SECRET: SECRET }, 'TRUSTED_PROXIES'],
      ['CORS_ORIGINS with a trailing slash', { CORS_ORIGINS: 'https://kaohe.example.gov.cn/', JWT_SECRET: SECRET }, 'CORS_ORIGINS'],
      ['CORS_ORIGINS second entry bad', { CORS_ORIGINS: 'https://a.example.gov.cn,https://b.example.gov.cn/x', JWT_SECRET: SECRET }, 'CORS_ORIGINS'],
      ['LOG_LEVEL unknown', { LOG_LEVEL: 'verbose', JWT_SECRET: SECRET }, 'LOG_LEVEL'],
      ['LOG_LEVEL upper case', { LOG_LEVEL: 'INFO', JWT_SECRET: SECRET }, 'LOG_LEVEL'],
    ];

    it.each(cases)('%s', (_name, env, variable) => {
      const error = configErrorOf(() => loadConfig(env, cwd));
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('ConfigError');
      expect(error.variable).toBe(variable);
      expect(error.message).toContain(variable);
    });

    it('quotes the bad PORT value in the message', () => {
      expect(configErrorOf(() => loadConfig({ PORT: '70000' }, cwd)).message).toContain('70000');
    });

    it('does not echo a bad ADMIN_PASSWORD in the message', () => {
      const error = configErrorOf(() => loadConfig({ ADMIN_PASSWORD: 'tiny-pw', JWT_SECRET: SECRET }, cwd));
      expect(error.message).not.toContain('tiny-pw');
    });

    it('does not echo a short JWT_SECRET in the message', () => {
      const error = configErrorOf(() => loadConfig({ JWT_SECRET: 'leaky-secret' }, cwd));
      expect(error.message).not.toContain('leaky-secret');
    });
  });

  describe('embedded mode JWT secret', () => {
    it('generates a secret into <DATA_DIR>/jwt-secret with mode 0600 when JWT_SECRET is unset', () => {
      const config = loadConfig({}, cwd);
      const file = join(cwd, 'data', 'jwt-secret');
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8').trim()).toBe(config.jwtSecret);
      expect(Buffer.byteLength(config.jwtSecret)).toBeGreaterThanOrEqual(32);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    });

    it('returns the same secret on a second start', () => {
      const first = loadConfig({}, cwd);
      const second = loadConfig({}, cwd);
      expect(second.jwtSecret).toBe(first.jwtSecret);
    });

    it('writes the secret into an explicit DATA_DIR', () => {
      const dataDir = join(cwd, 'nested', 'store');
      const config = loadConfig({ DATA_DIR: dataDir }, cwd);
      expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(config.jwtSecret);
      expect(existsSync(join(cwd, 'data'))).toBe(false);
    });

    it('generates a different secret for a different data directory', () => {
      const a = loadConfig({ DATA_DIR: 'a' }, cwd);
      const b = loadConfig({ DATA_DIR: 'b' }, cwd);
      expect(a.jwtSecret).not.toBe(b.jwtSecret);
    });

    it('lets an explicit JWT_SECRET win over the file, and leaves the file alone', () => {
      const generated = loadConfig({}, cwd).jwtSecret;
      const explicit = 'an explicit secret that is long enough';
      expect(loadConfig({ JWT_SECRET: explicit }, cwd).jwtSecret).toBe(explicit);
      expect(readFileSync(join(cwd, 'data', 'jwt-secret'), 'utf8').trim()).toBe(generated);
    });

    it('writes no file when JWT_SECRET is given', () => {
      loadConfig({ JWT_SECRET: SECRET }, cwd);
      expect(existsSync(join(cwd, 'data', 'jwt-secret'))).toBe(false);
    });

    it('reads a secret already in the file', () => {
      mkdirSync(join(cwd, 'data'));
      writeFileSync(join(cwd, 'data', 'jwt-secret'), `${'k'.repeat(40)}\n`);
      expect(loadConfig({}, cwd).jwtSecret).toBe('k'.repeat(40));
    });

    it.each<[string, Env]>([
      ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
      ['CORS_ORIGINS', { CORS_ORIGINS: 'https://a.example.gov.cn/path' }],
      ['ADMIN_PASSWORD', { ADMIN_PASSWORD: 'short' }],
    ])('leaves no secret file behind when %s is bad', (variable, env) => {
      expect(configErrorOf(() => loadConfig(env, cwd)).variable).toBe(variable);
      expect(existsSync(join(cwd, 'data', 'jwt-secret'))).toBe(false);
    });

    it('refuses a short secret in the file, naming the file', () => {
      mkdirSync(join(cwd, 'data'));
      const file = join(cwd, 'data', 'jwt-secret');
      writeFileSync(file, 'too-short');
      const error = configErrorOf(() => loadConfig({}, cwd));
      expect(error.variable).toContain(file);
      expect(error.message).toContain(file);
    });
  });

  describe('server mode', () => {
    it.each([SERVER_URL, 'postgresql://db.internal/cadre'])('returns { mode: "server", url } for %s', (url) => {
      const config = loadConfig({ DATABASE_URL: url, JWT_SECRET: SECRET }, cwd);
      expect(config.database).toEqual({ mode: 'server', url });
      expect(config.jwtSecret).toBe(SECRET);
    });

    it('writes no secret file', () => {
      loadConfig({ DATABASE_URL: SERVER_URL, JWT_SECRET: SECRET }, cwd);
      expect(existsSync(join(cwd, 'data'))).toBe(false);
    });
  });
});
