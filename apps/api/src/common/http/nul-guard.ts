import type { FastifyInstance } from 'fastify';
import type { ErrorBody } from '../errors/error-body';

/** The path of the first string (or key) holding a NUL character, which PostgreSQL text cannot store. */
export function pathOfNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(body)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathOfNul(value[i], path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return here;
      const found = pathOfNul(item, here);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses any request whose query or JSON body carries a NUL character, for every
 * route at once, with a 400 naming the field (instead of a database error and a 500).
 */
export function registerNulGuard(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', async (request, reply) => {
    const field = pathOfNul(request.query) ?? pathOfNul(request.params) ?? pathOfNul(request.body);
    if (!field) return;
    const body: ErrorBody = {
      statusCode: 400,
      error: 'Bad Request',
      message: `Invalid input: ${field} (must not contain a NUL character)`,
      details: { fields: [{ field, errors: ['must not contain a NUL character'] }] },
    };
    await reply.status(400).send(body);
  });
}
