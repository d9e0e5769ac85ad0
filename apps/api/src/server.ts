import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type EmbeddedPostgres, EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from '@app/database';
import { API_PREFIX, createApp } from './bootstrap';
import { createLogger } from './common/logging/logger';
import { type AppConfig, ConfigError } from './config/app-config';

/** Connections per process against a PostgreSQL server. */
const SERVER_POOL_SIZE = 10;

/**
 * Starts the database (embedded unless DATABASE_URL), the application and the HTTP
 * listener, and stops them in order on SIGTERM or SIGINT. `beforeListen` runs on the
 * ready application before it takes requests (the demo seeds its data there).
 */
export async function runServer(
  config: AppConfig,
  beforeListen?: (app: NestFastifyApplication) => Promise<void>,
): Promise<NestFastifyApplication> {
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedPostgres | undefined;
  let connection;
  if (config.database.mode === 'embedded') {
    logger.info({ dataDir: config.database.dataDir }, 'starting the embedded database');
    embedded = await startEmbeddedPostgres(config.database.dataDir);
    connection = { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE };
  } else {
    connection = { url: config.database.url, poolSize: SERVER_POOL_SIZE };
  }

  const app = await createApp(config, connection, logger);
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  if (beforeListen) await beforeListen(app);
  await app.listen({ port: config.port, host: '0.0.0.0' });
  const base = `http://localhost:${config.port}/${API_PREFIX}`;
  logger.info({ port: config.port, database: config.database.mode }, 'listening');
  process.stdout.write(`\n  API:      ${base}\n  API docs: ${base}/docs\n\n`);
  return app;
}

/** Prints a configuration error (it names the variable) and exits. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
