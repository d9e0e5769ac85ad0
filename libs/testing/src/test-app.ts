import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../../apps/api/src/bootstrap';
import { createLogger } from '../../../apps/api/src/common/logging/logger';
import { loadConfig } from '../../../apps/api/src/config/app-config';
import { Factory } from './factory';
import { RegistryFactory } from './registry-factory';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly http: TestAgent;
  readonly dataSource: DataSource;
  readonly factory: Factory;
  readonly registry: RegistryFactory;
  /** Every line the app logged, when started with `captureLogs`. */
  readonly logLines: string[];
  close(): Promise<void>;
}

/**
 * The real application on the run's database (see test/setup/global-setup.ts),
 * with its real guards, pipes and filters; only the logger is silenced or captured.
 */
export async function createTestApp(options: { captureLogs?: boolean; env?: Record<string, string>; url?: string } = {}): Promise<TestApp> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the suites through `npm test`');
  const config = loadConfig({ ...process.env, ...options.env });
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger(options.captureLogs ? 'trace' : 'silent', sink);
  const app = await createApp(config, { url, poolSize: Number(process.env.TEST_POOL_SIZE ?? 4) }, logger);
  const dataSource = app.get(DataSource);
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    factory: new Factory(dataSource),
    registry: new RegistryFactory(dataSource),
    logLines,
    close: () => app.close(),
  };
}
