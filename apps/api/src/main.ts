import 'reflect-metadata';
import { loadConfig } from './config/app-config';
import { exitOnStartupError, runServer } from './server';

async function main(): Promise<void> {
  await runServer(loadConfig(process.env));
}

main().catch(exitOnStartupError);
