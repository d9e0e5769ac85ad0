import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { tokens } from './tokens';

/** Told when the session cannot be renewed: the console returns to the login page. */
let onSessionEnded: () => void = () => undefined;
export function whenSessionEnds(listener: () => void): void {
  onSessionEnded = listener;
}

/** One refresh at a time: requests failing together wait for the same new pair. */
let refreshing: Promise<boolean> | null = null;

async function refresh(): Promise<boolean> {
  const pair = tokens.get();
  if (!pair) return false;
  const response = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken: pair.refreshToken }),
  });
  if (!response.ok) return false;
  tokens.set((await response.json()) as { accessToken: string; refreshToken: string });
  return true;
}

function renewOnce(): Promise<boolean> {
  refreshing ??= refresh().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

const AUTH_ROUTES = new Set(['/api/auth/login', '/api/auth/refresh']);
/** Each request as it was before it was sent, to send again after a refresh. */
const unsent = new Map<string, Request>();

/**
 * The access token on every request; an expired one (401) renewed silently with the
 * refresh token and the request sent once more. When renewal fails the session has
 * ended (expired, logged out elsewhere, password changed).
 */
const authentication: Middleware = {
  onRequest({ request, schemaPath, id }) {
    const pair = tokens.get();
    if (pair && !AUTH_ROUTES.has(schemaPath)) request.headers.set('authorization', `Bearer ${pair.accessToken}`);
    unsent.set(id, request.clone());
    return request;
  },
  async onResponse({ response, schemaPath, id }) {
    const original = unsent.get(id);
    unsent.delete(id);
    if (response.status !== 401 || AUTH_ROUTES.has(schemaPath) || !original || !tokens.get()) return response;
    if (!(await renewOnce())) {
      tokens.clear();
      onSessionEnded();
      return response;
    }
    original.headers.set('authorization', `Bearer ${tokens.get()!.accessToken}`);
    return fetch(original);
  },
  onError({ id }) {
    unsent.delete(id);
  },
};

/** The typed client: paths, parameters and bodies come from the API's OpenAPI document (schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '/' });
api.use(authentication);
