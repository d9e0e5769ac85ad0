import { type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { hasPermission } from '@app/domain';
import type { AuthUser } from './actor';
import { ROUTE_ACCESS, type RouteAccess } from './route-access';

/**
 * The global guard. Denies any route that declares no access rule, authenticates
 * the bearer token (JwtStrategy), then checks the role's permission.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) throw new ForbiddenException('this route declares no access rule');
    if (access.kind === 'public') return true;

    await super.canActivate(context);
    if (access.kind === 'authenticated') return true;

    const user = context.switchToHttp().getRequest<{ user: AuthUser }>().user;
    if (!hasPermission(user.role, access.permission)) {
      throw new ForbiddenException(`role ${user.role} lacks the permission ${access.permission}`);
    }
    return true;
  }
}
