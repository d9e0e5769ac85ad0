import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { selectRows } from '@app/database';
import type { Role } from '@app/domain';
import { AuthSession } from './auth-session.entity';
import { LoginFailure } from './login-failure.entity';
import { RefreshToken } from './refresh-token.entity';

export interface SessionPrincipal {
  userId: string;
  username: string;
  role: Role;
  unitId: string | null;
  cadreId: string | null;
  disabled: boolean;
  sessionRevoked: boolean;
}

export interface RefreshTokenRow {
  tokenId: string;
  sessionId: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
  sessionCreatedAt: Date;
  sessionRevokedAt: Date | null;
  userDisabled: boolean;
  userRole: Role;
}

/** Sessions, refresh tokens and failed logins. Users themselves are read through UsersRepository. */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** What the guard needs on every request, in one query. */
  async findPrincipal(userId: string, sessionId: string): Promise<SessionPrincipal | undefined> {
    // Read on every request: a prepared plain statement (see selectRows).
    const rows = await selectRows<SessionPrincipal>(
      this.dataSource,
      `SELECT u.id AS "userId", u.username, u.role, u.unit_id AS "unitId", u.cadre_id AS "cadreId", u.disabled,
              (s.revoked_at IS NOT NULL) AS "sessionRevoked"
         FROM app_user u JOIN auth_session s ON s.user_id = u.id
        WHERE u.id = :userId AND s.id = :sessionId`,
      { userId, sessionId },
    );
    return rows[0];
  }

  /** Serializes the login attempts of one username until commit. */
  async lockUsername(manager: EntityManager, username: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${username}`]);
  }

  async recentFailures(manager: EntityManager, username: string, windowSeconds: number): Promise<number> {
    const rows: { count: string }[] = await manager.query(
      `SELECT count(*) AS count FROM login_failure
        WHERE username = $1 AND failed_at > now() - make_interval(secs => $2)`,
      [username, windowSeconds],
    );
    return Number(rows[0].count);
  }

  /** Records an attempt as failed until it proves otherwise; returns its id. */
  async recordFailure(manager: EntityManager, username: string): Promise<string> {
    const result = await manager.insert(LoginFailure, { username, failedAt: new Date() });
    // Keep the table small; a day is far beyond any throttle window.
    await manager.query(`DELETE FROM login_failure WHERE failed_at < now() - interval '1 day'`);
    return String(result.identifiers[0].id);
  }

  async forgetFailure(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(LoginFailure, { id });
  }

  async createSession(manager: EntityManager, userId: string): Promise<AuthSession> {
    return manager.save(manager.create(AuthSession, { userId, revokedAt: null, revokeReason: null }));
  }

  async insertRefreshToken(manager: EntityManager, sessionId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await manager.insert(RefreshToken, { sessionId, tokenHash, expiresAt, usedAt: null });
  }

  /** Locks the token and its session, so two refreshes with one token cannot both succeed. */
  async lockRefreshToken(manager: EntityManager, tokenHash: string): Promise<RefreshTokenRow | undefined> {
    const rows: RefreshTokenRow[] = await manager.query(
      `SELECT t.id AS "tokenId", t.session_id AS "sessionId", s.user_id AS "userId", t.expires_at AS "expiresAt",
              t.used_at AS "usedAt", s.created_at AS "sessionCreatedAt", s.revoked_at AS "sessionRevokedAt",
              u.disabled AS "userDisabled", u.role AS "userRole"
         FROM refresh_token t
         JOIN auth_session s ON s.id = t.session_id
         JOIN app_user u ON u.id = s.user_id
        WHERE t.token_hash = $1
        FOR UPDATE OF t, s`,
      [tokenHash],
    );
    return rows[0];
  }

  async markRefreshTokenUsed(manager: EntityManager, tokenId: string): Promise<void> {
    await manager.update(RefreshToken, { id: tokenId }, { usedAt: new Date() });
  }

  async revokeSession(manager: EntityManager, sessionId: string, reason: string): Promise<void> {
    await manager.update(AuthSession, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokeReason: reason });
  }

  /** Ends every session of a user, except `keepSessionId` when given. */
  async revokeUserSessions(manager: EntityManager, userId: string, reason: string, keepSessionId?: string): Promise<void> {
    await manager.query(
      `UPDATE auth_session SET revoked_at = now(), revoke_reason = $2
        WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, keepSessionId ?? null],
    );
  }
}
