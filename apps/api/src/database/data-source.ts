import { buildDataSourceOptions } from '@app/database';
import type { DataSourceOptions, Logger } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { ENTITIES } from './entities';

export function appDataSourceOptions(url: string, poolSize: number, logger?: Logger): DataSourceOptions {
  return buildDataSourceOptions({ url, poolSize, entities: ENTITIES, migrations: MIGRATIONS, logger });
}
