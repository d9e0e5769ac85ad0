import type { FastifyInstance } from 'fastify';
import type { ErrorBody, FieldError } from '../errors/error-body';

const NUL = 'must not contain a NUL character';
const NUL_IN_CHINESE = '不能包含空字符（NUL）';

/**
 * The first part of a query or JSON body the validation pipe cannot be trusted with:
 * a NUL character, which PostgreSQL text cannot store, in a string or a key; or a key
 * naming a member every object inherits (`constructor`, `toString`…), which
 * class-validator's whitelist lets through.
 */
export function findUnsafeInput(value: unknown, path = ''): FieldError | null {
  if (typeof value === 'string') return value.includes('\u0000') ? { field: path || '(body)', errors: [NUL], inChinese: [NUL_IN_CHINESE] } : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeInput(value[i], path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return { field: here, errors: [NUL], inChinese: [NUL_IN_CHINESE] };
      if (key in Object.prototype) return { field: here, errors: [`property ${key} should not exist`], inChinese: ['不是可填写的字段'] };
      const found = findUnsafeInput(item, here);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses any request whose query or JSON body holds unsafe input (see
 * findUnsafeInput), for every route at once, with a 400 naming the field (instead of
 * a database error and a 500, or a field let through).
 */
export function registerInputGuard(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', async (request, reply) => {
    const found = findUnsafeInput(request.query) ?? findUnsafeInput(request.params) ?? findUnsafeInput(request.body);
    if (!found) return;
    const body: ErrorBody = {
      statusCode: 400,
      error: 'Bad Request',
      message: `Invalid input: ${found.field} (${found.errors.join('; ')})`,
      details: { fields: [found] },
    };
    await reply.status(400).send(body);
  });
}
