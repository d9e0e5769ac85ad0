import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type Permission, rolesWith } from '@app/domain';
import { ErrorBody } from '../errors/error-body';

/** Who may call a route. Every route declares one; the global guard denies the rest. */
export type RouteAccess =
  | { readonly kind: 'public' }
  | { readonly kind: 'authenticated' }
  | { readonly kind: 'permission'; readonly permission: Permission };

export const ROUTE_ACCESS = 'route-access';

/** Anyone, without a token (login, health, ballots). */
export function Public(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(ROUTE_ACCESS, { kind: 'public' } satisfies RouteAccess), ApiExtension('x-access', 'public'));
}

/** Any signed-in user, whatever the role (their own profile, their own password). */
export function Authenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROUTE_ACCESS, { kind: 'authenticated' } satisfies RouteAccess),
    ApiBearerAuth(),
    ApiExtension('x-access', 'authenticated'),
    ApiUnauthorizedResponse({ type: ErrorBody }),
  );
}

/** Users whose role holds the permission (libs/domain/src/auth/permissions.ts). */
export function RequirePermission(permission: Permission): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROUTE_ACCESS, { kind: 'permission', permission } satisfies RouteAccess),
    ApiBearerAuth(),
    ApiExtension('x-access', { permission, roles: rolesWith(permission) }),
    ApiUnauthorizedResponse({ type: ErrorBody }),
    ApiForbiddenResponse({ type: ErrorBody }),
  );
}
