import { randomBytes } from 'node:crypto';
import { type ChildApp, type ChildCode, startChild, stopChild } from '@app/testing';

/** The product, started on a benchmark database and signed in as the dataset's org-staff account. */
export interface Product {
  app: ChildApp;
  /** http://127.0.0.1:<port>/api */
  base: string;
  token: string;
  claims: { sub: string; sid: string };
  /** A request with the bearer token. */
  request(path: string, init?: RequestInit): Promise<Response>;
}

/** `code`: the build to measure the product as `npm start` runs it; the sources for the smoke run in the tests. */
export async function withProduct<T>(account: { url: string; username: string; password: string }, work: (product: Product) => Promise<T>, code: ChildCode = 'source'): Promise<T> {
  const app = await startChild({
    DATABASE_URL: account.url,
    JWT_SECRET: randomBytes(48).toString('base64url'),
    ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
  }, 'main', code);
  try {
    const login = await fetch(`${app.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: account.username, password: account.password }),
    });
    if (login.status !== 200) throw new Error(`the benchmark account could not sign in (${login.status})`);
    const { accessToken: token } = (await login.json()) as { accessToken: string };
    const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')) as { sub: string; sid: string };
    const request = (path: string, init: RequestInit = {}) =>
      fetch(`${app.base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) } });
    return await work({ app, base: app.base, token, claims, request });
  } finally {
    await stopChild(app);
  }
}
