import 'reflect-metadata';
import { type EmbeddedPostgres, EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from '@app/database';
import { API_PREFIX, createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { createLogger } from './common/logging/logger';

/** Connections per process against a PostgreSQL server. */
const SERVER_POOL_SIZE = 10;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
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

  await app.listen({ port: config.port, host: '0.0.0.0' });
  const base = `http://localhost:${config.port}/${API_PREFIX}`;
  logger.info({ port: config.port, database: config.database.mode }, 'listening');
  process.stdout.write(`\n  API:      ${base}\n  API docs: ${base}/docs\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
