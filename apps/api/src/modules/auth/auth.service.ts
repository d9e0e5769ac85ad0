import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, checkPassword } from '@app/domain';
import type { Actor, SignedInActor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import type { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  LOGIN_FAILURE_LIMIT,
  LOGIN_FAILURE_WINDOW_SECONDS,
  SESSION_MAX_AGE_SECONDS,
} from './auth.constants';
import { AuthRepository } from './auth.repository';
import { PasswordHasher } from './password-hasher';
import { hashRefreshToken, TokenService } from './token.service';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

const INVALID_CREDENTIALS = 'invalid username or password';
/** Says no more than the English: not whether the account exists or is disabled. */
const INVALID_CREDENTIALS_IN_CHINESE = '用户名或密码不正确';
const REFRESH_REFUSED = 'the refresh token is not valid; sign in again';
const REFRESH_REFUSED_IN_CHINESE = '登录凭证已失效，请重新登录';
const USERNAME_MAX_LENGTH = 64;

@Injectable()
export class AuthService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  async login(rawUsername: string, password: string, actor: Actor): Promise<TokenPair> {
    const username = normalizeUsername(rawUsername);
    // No account can have a longer name (some letters grow when lower-cased).
    if (username.length > USERNAME_MAX_LENGTH) throw new DomainError(DomainErrorCode.InvalidCredentials, INVALID_CREDENTIALS, { inChinese: INVALID_CREDENTIALS_IN_CHINESE });

    // The attempt is counted before the password is checked, under a per-username lock,
    // so parallel guesses cannot all slip under the limit; a success takes it back.
    const attempt = await this.repository.transaction(async (manager) => {
      await this.repository.lockUsername(manager, username);
      const failures = await this.repository.recentFailures(manager, username, LOGIN_FAILURE_WINDOW_SECONDS);
      if (failures >= LOGIN_FAILURE_LIMIT) {
        await this.audit.record(manager, actor, { action: 'auth.login_throttled', targetType: 'user', targetId: username });
        return null;
      }
      return this.repository.recordFailure(manager, username);
    });
    if (attempt === null) {
      throw new DomainError(DomainErrorCode.TooManyAttempts, 'too many failed logins for this username; wait a minute', {
        retryAfterSeconds: LOGIN_FAILURE_WINDOW_SECONDS,
        inChinese: `该用户名登录失败次数过多，请 ${Math.ceil(LOGIN_FAILURE_WINDOW_SECONDS / 60)} 分钟后再试`,
      });
    }

    const user = await this.users.findByUsername(username);
    // Verified before looking at `disabled`, so a disabled account answers as slowly as an enabled one.
    const passwordOk = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !passwordOk || user.disabled) {
      const reason = !user ? 'UNKNOWN_USER' : !passwordOk ? 'WRONG_PASSWORD' : 'DISABLED';
      await this.repository.transaction((manager) =>
        this.audit.record(manager, actor, {
          action: 'auth.login_failed',
          targetType: 'user',
          targetId: user?.id ?? username,
          after: { username, reason },
          ...(user ? { actingUser: { id: user.id, role: user.role } } : {}),
        }),
      );
      throw new DomainError(DomainErrorCode.InvalidCredentials, INVALID_CREDENTIALS, { inChinese: INVALID_CREDENTIALS_IN_CHINESE });
    }

    return this.repository.transaction(async (manager) => {
      await this.repository.forgetFailure(manager, attempt);
      const session = await this.repository.createSession(manager, user.id);
      const refresh = this.tokens.newRefreshToken();
      await this.repository.insertRefreshToken(manager, session.id, refresh.tokenHash, refresh.expiresAt);
      await this.audit.record(manager, actor, {
        action: 'auth.login',
        targetType: 'user',
        targetId: user.id,
        after: { sessionId: session.id },
        actingUser: { id: user.id, role: user.role },
      });
      return this.pair(user, session.id, refresh.token);
    });
  }

  /**
   * Rotates a refresh token. A token presented twice means it was copied: the
   * whole session is revoked, the thief's copy and the owner's alike.
   */
  async refresh(refreshToken: string, actor: Actor): Promise<TokenPair> {
    const outcome = await this.repository.transaction(async (manager) => {
      const row = await this.repository.lockRefreshToken(manager, hashRefreshToken(refreshToken));
      if (!row || row.sessionRevokedAt || row.userDisabled) return { ok: false as const };
      if (row.usedAt) {
        await this.repository.revokeSession(manager, row.sessionId, 'REFRESH_TOKEN_REUSE');
        await this.audit.record(manager, actor, {
          action: 'auth.refresh_reuse_detected',
          targetType: 'auth_session',
          targetId: row.sessionId,
          actingUser: { id: row.userId, role: row.userRole },
        });
        return { ok: false as const };
      }
      const now = Date.now();
      if (row.expiresAt.getTime() <= now || row.sessionCreatedAt.getTime() + SESSION_MAX_AGE_SECONDS * 1000 <= now) {
        return { ok: false as const };
      }
      await this.repository.markRefreshTokenUsed(manager, row.tokenId);
      const next = this.tokens.newRefreshToken();
      await this.repository.insertRefreshToken(manager, row.sessionId, next.tokenHash, next.expiresAt);
      return { ok: true as const, userId: row.userId, sessionId: row.sessionId, refreshToken: next.token };
    });
    if (!outcome.ok) throw new DomainError(DomainErrorCode.SessionInvalid, REFRESH_REFUSED, { inChinese: REFRESH_REFUSED_IN_CHINESE });
    const user = await this.users.findById(outcome.userId);
    if (!user) throw new DomainError(DomainErrorCode.SessionInvalid, REFRESH_REFUSED, { inChinese: REFRESH_REFUSED_IN_CHINESE });
    return this.pair(user, outcome.sessionId, outcome.refreshToken);
  }

  async logout(actor: SignedInActor): Promise<void> {
    await this.repository.transaction(async (manager) => {
      await this.repository.revokeSession(manager, actor.user.sessionId, 'LOGOUT');
      await this.audit.record(manager, actor, { action: 'auth.logout', targetType: 'auth_session', targetId: actor.user.sessionId });
    });
  }

  /** Changes one's own password; every other session of the user ends. */
  async changePassword(actor: SignedInActor, oldPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findById(actor.user.userId);
    if (!user || !(await this.hasher.verify(user.passwordHash, oldPassword))) {
      throw DomainError.invalidInput('oldPassword', 'is not the current password', '当前密码不正确');
    }
    const refusal = checkPassword(newPassword, user.username);
    if (refusal) throw DomainError.invalidInput('newPassword', refusal.message, refusal.inChinese);
    if (await this.hasher.verify(user.passwordHash, newPassword)) {
      throw DomainError.invalidInput('newPassword', 'must differ from the current password', '不能与当前密码相同');
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.repository.transaction(async (manager) => {
      await this.users.setPasswordHash(manager, user.id, passwordHash);
      await this.repository.revokeUserSessions(manager, user.id, 'PASSWORD_CHANGED', actor.user.sessionId);
      await this.audit.record(manager, actor, { action: 'user.password_changed', targetType: 'user', targetId: user.id });
    });
  }

  async me(actor: SignedInActor): Promise<User> {
    const user = await this.users.findById(actor.user.userId);
    if (!user) throw DomainError.notFound('user', actor.user.userId);
    return user;
  }

  private async pair(user: User, sessionId: string, refreshToken: string): Promise<TokenPair> {
    const accessToken = await this.tokens.signAccessToken({ sub: user.id, sid: sessionId, role: user.role });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }
}
