import { Injectable } from '@nestjs/common';
import { DomainError, checkPassword, Role, userCadreProblem, userUnitProblem } from '@app/domain';
import type { SignedInActor } from '../../common/auth/actor';
import { sentFields } from '../../common/validation/changes';
import { AuditService } from '../audit/audit.service';
import { AuthRepository } from '../auth/auth.repository';
import { normalizeUsername } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { CadresRepository } from '../cadres/cadres.repository';
import { UnitsRepository } from '../units/units.repository';
import { userAuditSnapshot } from './dto/user-response.dto';
import type { CreateUserDto, UpdateUserDto } from './dto/user-requests.dto';
import type { User } from './user.entity';
import { type UserChanges, UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly units: UnitsRepository,
    private readonly cadres: CadresRepository,
    private readonly sessions: AuthRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw DomainError.notFound('user', id);
    return user;
  }

  async create(actor: SignedInActor, dto: CreateUserDto): Promise<User> {
    const username = normalizeUsername(dto.username);
    await this.checkLinks(dto.role, dto.unitId ?? null, dto.cadreId ?? null);
    const refusal = checkPassword(dto.password, username);
    if (refusal) throw DomainError.invalidInput('password', refusal.message, refusal.inChinese);
    if (await this.users.findByUsername(username)) {
      throw DomainError.conflict(`username ${username} is taken`, `用户名 ${username} 已被使用`, { field: 'username' });
    }
    const passwordHash = await this.hasher.hash(dto.password);
    return this.users.transaction(async (manager) => {
      const user = await this.users.insert(manager, {
        username,
        displayName: dto.displayName,
        role: dto.role,
        unitId: dto.unitId ?? null,
        cadreId: dto.cadreId ?? null,
        passwordHash,
        disabled: false,
        passwordChangedAt: new Date(),
      });
      await this.audit.record(manager, actor, { action: 'user.created', targetType: 'user', targetId: user.id, after: userAuditSnapshot(user) });
      return user;
    });
  }

  async update(actor: SignedInActor, id: string, dto: UpdateUserDto): Promise<User> {
    const current = await this.get(id);
    if (current.version !== dto.version) throw DomainError.versionConflict('user', id);
    const { version, ...changes }: { version?: number } & UserChanges = sentFields(dto);
    const next = { ...current, ...changes };

    if (id === actor.user.userId && (next.disabled || next.role !== current.role)) {
      throw DomainError.conflict('you cannot disable your own account or change your own role', '不能停用本人账号，也不能更改本人的角色');
    }
    if (changes.role !== undefined || changes.unitId !== undefined || changes.cadreId !== undefined) {
      await this.checkLinks(next.role, next.unitId, next.cadreId, id);
    }

    return this.users.transaction(async (manager) => {
      if (!(await this.users.updateAtVersion(manager, id, dto.version, changes))) throw DomainError.versionConflict('user', id);
      if (next.disabled && !current.disabled) await this.sessions.revokeUserSessions(manager, id, 'USER_DISABLED');
      const updated = await this.users.findById(id, manager);
      if (!updated) throw DomainError.notFound('user', id);
      await this.audit.record(manager, actor, {
        action: 'user.updated',
        targetType: 'user',
        targetId: id,
        before: userAuditSnapshot(current),
        after: userAuditSnapshot(updated),
      });
      return updated;
    });
  }

  /** An administrator sets a new password; every session of the user ends. */
  async resetPassword(actor: SignedInActor, id: string, newPassword: string): Promise<void> {
    const user = await this.get(id);
    const refusal = checkPassword(newPassword, user.username);
    if (refusal) throw DomainError.invalidInput('newPassword', refusal.message, refusal.inChinese);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.users.transaction(async (manager) => {
      await this.users.setPasswordHash(manager, id, passwordHash);
      await this.sessions.revokeUserSessions(manager, id, 'PASSWORD_RESET');
      await this.audit.record(manager, actor, { action: 'user.password_reset', targetType: 'user', targetId: id });
    });
  }

  /** The unit and the cadre a user of this role must (or must not) be tied to. */
  private async checkLinks(role: Role, unitId: string | null, cadreId: string | null, userId?: string): Promise<void> {
    const unit = unitId ? await this.units.findById(unitId) : null;
    if (unitId && !unit) throw DomainError.unknownReference('unitId', 'unit', unitId);
    const unitProblem = userUnitProblem(role, unit?.type ?? null);
    if (unitProblem) throw DomainError.invalidInput('unitId', unitProblem, role === Role.HostUnit ? '用人单位账号须选择一个用人单位' : '认定单位账号须选择一个认定单位');

    const cadreProblem = userCadreProblem(role, cadreId !== null);
    if (cadreProblem) throw DomainError.invalidInput('cadreId', cadreProblem, role === Role.Cadre ? '挂职干部账号须选择对应的干部' : '只有挂职干部账号可以对应干部');
    if (cadreId) {
      if (!(await this.cadres.exists(cadreId))) throw DomainError.unknownReference('cadreId', 'cadre', cadreId);
      const holder = await this.users.findByCadre(cadreId);
      if (holder && holder.id !== userId) {
        throw DomainError.conflict('this cadre already has an account', '该干部已有账号', { field: 'cadreId' });
      }
    }
  }
}
