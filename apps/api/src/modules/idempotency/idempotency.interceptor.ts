import { createHash } from 'node:crypto';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import { canonicalJson, DomainError } from '@app/domain';
import type { AuthUser } from '../../common/auth/actor';
import { IdempotencyRecord } from './idempotency-record.entity';

const KEY = /^[A-Za-z0-9._:-]{8,100}$/;
const WAIT_MS = 50;
const WAIT_LIMIT_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function writesOwnReply(context: ExecutionContext): boolean {
  const args: Record<string, unknown> = Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {};
  return Object.keys(args).some((key) => key.startsWith(`${RouteParamtypes.RESPONSE}:`));
}

/**
 * Honours an `Idempotency-Key` header on a signed-in user's POST, PUT or PATCH: the
 * first request runs, and any retry with the same key (even one sent in parallel)
 * answers what the first answered. Failed requests are forgotten, so they can be retried.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    const header = request.headers['idempotency-key'];
    if (typeof header !== 'string' || !['POST', 'PUT', 'PATCH'].includes(request.method) || !request.user) return next.handle();
    // A route that writes its own reply (a file) could not be replayed from here.
    if (writesOwnReply(context)) return next.handle();
    if (!KEY.test(header)) throw DomainError.invalidInput('Idempotency-Key', 'must be 8–100 letters, digits or . _ : -', '防重复提交编号格式不正确（应为 8 至 100 个字母、数字或 . _ : -）');
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.run(request.user.userId, header, this.hash(request), reply, next));
  }

  private hash(request: FastifyRequest): string {
    return createHash('sha256').update(`${request.method} ${request.url.split('?')[0]} ${request.url.split('?')[1] ?? ''} ${canonicalJson(request.body ?? null)}`).digest('hex');
  }

  private async run(userId: string, key: string, requestHash: string, reply: FastifyReply, next: CallHandler): Promise<unknown> {
    const inserted: unknown[] = await this.dataSource.query(
      'INSERT INTO idempotency_record (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key',
      [userId, key, requestHash],
    );
    if (inserted.length === 0) return this.replay(userId, key, requestHash, reply);
    try {
      const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.dataSource.query('UPDATE idempotency_record SET status = $3, response = $4::jsonb WHERE user_id = $1 AND key = $2', [
        userId,
        key,
        reply.statusCode,
        JSON.stringify(result ?? null),
      ]);
      return result;
    } catch (error) {
      await this.dataSource.query('DELETE FROM idempotency_record WHERE user_id = $1 AND key = $2', [userId, key]);
      throw error;
    }
  }

  /** Waits for the first request when it is still running, then answers what it answered. */
  private async replay(userId: string, key: string, requestHash: string, reply: FastifyReply): Promise<unknown> {
    const repository = this.dataSource.getRepository(IdempotencyRecord);
    for (let waited = 0; waited <= WAIT_LIMIT_MS; waited += WAIT_MS) {
      const record = await repository.findOneBy({ userId, key });
      if (!record) throw DomainError.conflict('the first request with this Idempotency-Key failed; send the request again with a new key', '上一次提交未能完成，请重新提交');
      if (record.requestHash !== requestHash) throw DomainError.conflict('this Idempotency-Key was used for a different request', '本次提交的请求编号已用于另一项操作，请刷新页面后重新提交', { field: 'Idempotency-Key' });
      if (record.status !== null) {
        // The route sets the same status code as the first time; the body is the first body.
        void reply.header('idempotent-replay', 'true');
        return record.response;
      }
      await sleep(WAIT_MS);
    }
    throw DomainError.conflict('the first request with this Idempotency-Key is still running', '上一次提交仍在处理中，请稍后刷新查看结果');
  }
}
