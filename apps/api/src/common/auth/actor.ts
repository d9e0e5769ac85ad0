import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@app/domain';

/** The signed-in user behind a request, as the guard found them in the database. */
export interface AuthUser {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  readonly unitId: string | null;
  /** For a CADRE: the cadre they are. */
  readonly cadreId: string | null;
  readonly sessionId: string;
}

/** Who did something, for the audit log: a signed-in user or an anonymous request. */
export interface Actor {
  readonly user: AuthUser | null;
  readonly requestId: string;
}

type RequestWithUser = FastifyRequest & { user?: AuthUser };

export function actorOf(request: RequestWithUser): Actor {
  return { user: request.user ?? null, requestId: String(request.id) };
}

/** The Actor of the current request; on a public route its user is null. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor =>
  actorOf(context.switchToHttp().getRequest<RequestWithUser>()),
);

/** An Actor whose user is known to be signed in. */
export interface SignedInActor extends Actor {
  readonly user: AuthUser;
}

/** The Actor of a route that requires a signed-in user. */
export const CurrentSignedInActor = createParamDecorator((_data: unknown, context: ExecutionContext): SignedInActor => {
  const actor = actorOf(context.switchToHttp().getRequest<RequestWithUser>());
  if (!actor.user) throw new Error('CurrentSignedInActor used on a route without authentication');
  return actor as SignedInActor;
});
