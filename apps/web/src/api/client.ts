import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { tokens } from './tokens';

/** Told when the session cannot be renewed: the console returns to the login page. */
let onSessionEnded: () => void = () => undefined;
export function whenSessionEnds(listener: () => void): void {
  onSessionEnded = listener;
}

/** The header that signs a request in, when signed in. */
export function authorizationHeader(): Record<string, string> {
  const pair = tokens.get();
  return pair ? { authorization: `Bearer ${pair.accessToken}` } : {};
}

async function refresh(refusedToken: string): Promise<boolean> {
  const pair = tokens.get();
  if (!pair) return false;
  // Another request, or another tab, renewed since the refused one was sent: use that.
  if (pair.accessToken !== refusedToken) return true;
  const response = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken: pair.refreshToken }),
  });
  if (!response.ok) return false;
  tokens.set((await response.json()) as { accessToken: string; refreshToken: string });
  return true;
}

/** One renewal at a time in this tab: requests refused together wait for the same one. */
let renewing: Promise<boolean> | null = null;

/**
 * Renews the session after `refusedToken` was refused (401). Each refresh token works
 * once and a reused one ends the session, so tabs take turns through a browser lock
 * where there is one (secure contexts); a plain-HTTP intranet page has only this tab's.
 * When renewal fails the session has ended (expired, logged out, password changed).
 */
export function renewSession(refusedToken = tokens.get()?.accessToken ?? ''): Promise<boolean> {
  renewing ??= (async () => {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    const renewed = locks ? await locks.request('cadre-assessment.refresh', () => refresh(refusedToken)) : await refresh(refusedToken);
    if (!renewed) {
      tokens.clear();
      onSessionEnded();
    }
    return renewed;
  })().finally(() => {
    renewing = null;
  });
  return renewing;
}

const AUTH_ROUTES = new Set(['/api/auth/login', '/api/auth/refresh']);
/** Each request as it was before it was sent (and the token it carried), to send again after a renewal. */
const unsent = new Map<string, { request: Request; token: string }>();

/** The access token on every request; a refused one (401) renewed silently and the request sent once more. */
const authentication: Middleware = {
  onRequest({ request, schemaPath, id }) {
    const pair = tokens.get();
    if (pair && !AUTH_ROUTES.has(schemaPath)) request.headers.set('authorization', `Bearer ${pair.accessToken}`);
    unsent.set(id, { request: request.clone(), token: pair?.accessToken ?? '' });
    return request;
  },
  async onResponse({ response, schemaPath, id }) {
    const original = unsent.get(id);
    unsent.delete(id);
    if (response.status !== 401 || AUTH_ROUTES.has(schemaPath) || !original || !original.token) return response;
    if (!(await renewSession(original.token))) return response;
    original.request.headers.set('authorization', `Bearer ${tokens.get()!.accessToken}`);
    return fetch(original.request);
  },
  onError({ id }) {
    unsent.delete(id);
  },
};

/** The typed client: paths, parameters and bodies come from the API's OpenAPI document (schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '/' });
api.use(authentication);
