import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { DomainError, DomainErrorCode } from '@app/domain';
import { AppConfig } from '../../config/app-config';
import type { AuthUser } from '../../common/auth/actor';
import { JWT_ALGORITHM, JWT_AUDIENCE, JWT_ISSUER } from './auth.constants';
import { AuthRepository } from './auth.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks signature (HS256 only), issuer, audience and expiry, then that the user
 * is still enabled and the session still open: disabling a user or logging out
 * takes effect on the next request, not at token expiry.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    private readonly repository: AuthRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, not the string: given a string, jsonwebtoken first tries to read it as
      // a public key on every request, and that failed attempt was an eighth of the CPU
      // time of a simple GET (see the benchmarks).
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as string,
      algorithms: [JWT_ALGORITHM],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(payload: { sub?: unknown; sid?: unknown }): Promise<AuthUser> {
    const { sub, sid } = payload;
    if (typeof sub !== 'string' || typeof sid !== 'string' || !UUID.test(sub) || !UUID.test(sid)) {
      throw new DomainError(DomainErrorCode.SessionInvalid, 'malformed token', { inChinese: '登录凭证无效，请重新登录' });
    }
    const principal = await this.repository.findPrincipal(sub, sid);
    if (!principal || principal.disabled || principal.sessionRevoked) {
      throw new DomainError(DomainErrorCode.SessionInvalid, 'the session has ended; sign in again', { inChinese: '登录已结束（已退出、会话被撤销或账号已停用），请重新登录' });
    }
    return { userId: principal.userId, username: principal.username, role: principal.role, unitId: principal.unitId, cadreId: principal.cadreId, sessionId: sid };
  }
}
