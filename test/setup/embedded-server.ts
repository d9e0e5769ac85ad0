import { startEmbeddedPostgres } from '@app/database';

/**
 * One embedded database for one jest worker, in its own process so that the workers'
 * databases run in parallel (PGlite is single-threaded, and cannot start inside jest's
 * sandbox). Serves the data folder given as its argument; prints `url <postgres-url>`
 * once it accepts connections; stops cleanly on SIGTERM, or when its standard input
 * closes (the test run ended without a teardown).
 */
async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: embedded-server <data-dir>');
  const embedded = await startEmbeddedPostgres(dataDir);
  const stop = () => void embedded.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.stdin.once('close', stop).resume();
  process.stdout.write(`url ${embedded.url}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
