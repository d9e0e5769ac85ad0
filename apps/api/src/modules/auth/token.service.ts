import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@app/domain';
import { REFRESH_TOKEN_TTL_SECONDS } from './auth.constants';

/** The claims of an access token besides iss, aud, iat and exp. */
export interface AccessClaims {
  sub: string;
  sid: string;
  role: Role;
}

export interface IssuedRefreshToken {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  /** Issuer, audience, algorithm and lifetime come from the JwtModule registration. */
  signAccessToken(claims: AccessClaims): Promise<string> {
    return this.jwt.signAsync({ ...claims });
  }

  newRefreshToken(now = new Date()): IssuedRefreshToken {
    const token = randomBytes(32).toString('base64url');
    return { token, tokenHash: hashRefreshToken(token), expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000) };
  }
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
