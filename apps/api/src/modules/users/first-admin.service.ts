import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Role } from '@app/domain';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { UsersRepository } from './users.repository';

export const FIRST_ADMIN_USERNAME = 'admin';
/** Any constant; taken so that two processes starting at once create one admin. */
const FIRST_ADMIN_LOCK_KEY = 0x61646d6e;

/**
 * On an empty database, creates the ORG_ADMIN `admin` with ADMIN_PASSWORD, or with a
 * random password printed once to the console (never to the log).
 */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdminService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const generated = this.config.adminPassword === undefined;
    const password = this.config.adminPassword ?? randomBytes(18).toString('base64url');
    const passwordHash = await this.hasher.hash(password);
    const created = await this.users.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK_KEY]);
      if ((await this.users.count(manager)) > 0) return false;
      const admin = await this.users.insert(manager, {
        username: FIRST_ADMIN_USERNAME,
        displayName: '系统管理员',
        role: Role.OrgAdmin,
        unitId: null,
        cadreId: null,
        passwordHash,
        disabled: false,
        passwordChangedAt: new Date(),
      });
      await this.audit.record(manager, { user: null, requestId: 'startup' }, {
        action: 'user.created',
        targetType: 'user',
        targetId: admin.id,
        after: { username: admin.username, role: admin.role, firstStart: true },
      });
      return true;
    });
    if (!created) return;
    this.logger.log(`created the first administrator "${FIRST_ADMIN_USERNAME}"`);
    if (generated) {
      // Deliberately stdout and not the logger: the password must not end up in log storage.
      process.stdout.write(
        `\n  First start: administrator "${FIRST_ADMIN_USERNAME}" created with the password\n\n      ${password}\n\n` +
          '  It is shown only this once. Sign in and change it (POST /api/auth/password).\n\n',
      );
    }
  }
}
