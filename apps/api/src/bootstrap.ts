import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { HttpException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/errors/validation';
import { EVIDENCE_MAX_BYTES } from '@app/domain';
import { registerInputGuard } from './common/http/input-guard';
import { registerSecurityHeaders } from './common/http/security-headers';
import { registerWebConsole } from './common/http/web-console';
import { PinoNestLogger } from './common/logging/logger';
import type { AppConfig } from './config/app-config';
import type { DatabaseConnection } from './database/database-connection';

export const API_PREFIX = 'api';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** JSON bodies; multipart uploads have UPLOAD_LIMIT_BYTES instead. */
const BODY_LIMIT_BYTES = 1024 * 1024;
/** The largest upload of any route (evidence files); each route sets its own lower limit. */
const UPLOAD_LIMIT_BYTES = EVIDENCE_MAX_BYTES;

/** The fully configured application, initialized but not listening. Used by main.ts and the tests. */
export async function createApp(config: AppConfig, connection: DatabaseConnection, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // X-Forwarded-For is believed only from the configured proxies; otherwise the
    // connection's own address is the client's (and what the rate limit counts).
    trustProxy: config.trustedProxies.length > 0 ? [...config.trustedProxies] : false,
    bodyLimit: BODY_LIMIT_BYTES,
    // Honour a caller's request id when it is harmless, so logs join up across services.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, connection), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: true,
    // Throw instead of exiting, so main.ts and the tests see the cause.
    abortOnError: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  const fastify = app.getHttpAdapter().getInstance();
  registerSecurityHeaders(fastify, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI styles its page inline.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        // Intranet deployments often serve plain HTTP; upgrading would break them.
        upgradeInsecureRequests: null,
      },
    },
  });
  if (config.rateLimitPerMinute > 0) {
    // Per process and per client address, in memory: a first line against floods. The
    // login throttle, which must hold across processes, lives in the database.
    await app.register(rateLimit, {
      global: true,
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      // An HttpException whose body has details passes the error filter as it is, so the
      // Chinese reason keeps its seconds (the filter's own for a 429 has none).
      errorResponseBuilder: (_request, context) => {
        const seconds = Math.ceil(context.ttl / 1000);
        const inChinese = `请求过于频繁，请 ${seconds} 秒后再试`;
        return new HttpException({ statusCode: 429, error: 'Too Many Requests', message: inChinese, details: { inChinese, retryAfterSeconds: seconds } }, 429);
      },
    });
  }
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 5, parts: 6 } });
  app.enableCors({ origin: config.corsOrigins.length > 0 ? [...config.corsOrigins] : false });
  registerInputGuard(fastify);
  if (!(await registerWebConsole(app, config.webRoot, API_PREFIX))) {
    logger.info({ webRoot: config.webRoot }, 'the web console is not built (npm run build:web): serving the API only');
  }
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (request.url.startsWith(`/${API_PREFIX}/`) && !request.url.startsWith(`/${API_PREFIX}/docs`)) {
      void reply.header('cache-control', 'no-store');
    }
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('挂职历练干部考核管理系统 API')
      .setDescription(
        'Assessment of seconded cadres. Every operation states who may call it in `x-access`: ' +
          '`public`, `authenticated` (any signed-in user), or a permission with the roles that hold it.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });

  await app.init();
  await fastify.ready();
  return app;
}
