import { DataSource } from 'typeorm';
import { appDataSourceOptions } from './data-source';

/**
 * For the TypeORM CLI (scripts/typeorm.mjs starts the embedded database and sets
 * DATABASE_URL when none is configured).
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set; run the CLI through `npm run typeorm`');

export default new DataSource(appDataSourceOptions(url, 1));
