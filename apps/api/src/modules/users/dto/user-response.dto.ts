import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@app/domain';
import { PageMeta } from '../../../common/paging/page';
import type { User } from '../user.entity';

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) cadreId!: string | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ description: 'send it back on update; a stale version answers 409' }) version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    cadreId: user.cadreId,
    disabled: user.disabled,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a user: never the password hash. */
export function userAuditSnapshot(user: Pick<User, 'username' | 'displayName' | 'role' | 'unitId' | 'cadreId' | 'disabled'>) {
  return { username: user.username, displayName: user.displayName, role: user.role, unitId: user.unitId, cadreId: user.cadreId, disabled: user.disabled };
}

export class UserPage extends PageMeta {
  @ApiProperty({ type: [UserResponse] }) items!: UserResponse[];
}
