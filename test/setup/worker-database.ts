/**
 * Runs in each jest worker before each suite: on the embedded run, every worker has a
 * database of its own (see global-setup.ts), chosen by the worker's number.
 */
const own = process.env[`EMBEDDED_URL_${process.env.JEST_WORKER_ID ?? '1'}`];
if (own) process.env.DATABASE_URL = own;
