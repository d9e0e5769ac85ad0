import type TestAgent from 'supertest/lib/agent';
import type { Role } from '@app/domain';
import { User } from '../../../apps/api/src/modules/users/user.entity';
import { TEST_PASSWORD } from './factory';
import type { TestApp } from './test-app';

/** A signed-in user of a role, with their tokens and request helpers. */
export interface Session {
  readonly user: User;
  readonly accessToken: string;
  readonly refreshToken: string;
  get(path: string): ReturnType<TestAgent['get']>;
  post(path: string, body?: object): ReturnType<TestAgent['post']>;
  patch(path: string, body?: object): ReturnType<TestAgent['patch']>;
  put(path: string, body?: object): ReturnType<TestAgent['put']>;
}

export async function login(t: TestApp, username: string, password = TEST_PASSWORD): Promise<{ accessToken: string; refreshToken: string }> {
  const response = await t.http.post('/api/auth/login').send({ username, password });
  if (response.status !== 200) throw new Error(`login of ${username} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as { accessToken: string; refreshToken: string };
}

/** Creates a user of the role (see Factory.newUser) and signs them in through the API. */
export async function signIn(t: TestApp, role: Role, overrides: Parameters<TestApp['factory']['newUser']>[1] = {}): Promise<Session> {
  const user = await t.factory.newUser(role, overrides);
  return sessionOf(t, user, await login(t, user.username));
}

/** An existing user signed in through the API with their password (a demo account, say). */
export async function signInAs(t: TestApp, username: string, password: string): Promise<Session> {
  const user = await t.dataSource.getRepository(User).findOneByOrFail({ username });
  return sessionOf(t, user, await login(t, username, password));
}

function sessionOf(t: TestApp, user: User, { accessToken, refreshToken }: { accessToken: string; refreshToken: string }): Session {
  const auth = `Bearer ${accessToken}`;
  return {
    user,
    accessToken,
    refreshToken,
    get: (path) => t.http.get(path).set('authorization', auth),
    post: (path, body) => t.http.post(path).set('authorization', auth).send(body),
    patch: (path, body) => t.http.patch(path).set('authorization', auth).send(body),
    put: (path, body) => t.http.put(path).set('authorization', auth).send(body),
  };
}
