import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PASSWORD_MAX_LENGTH, Role } from '@app/domain';
import { IsOptionalNotNull } from '../../../common/validation/decorators';
import { PageQueryDto } from '../../../common/paging/page';
import { sortOptions } from '../../../common/paging/sort';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$/;

export class CreateUserDto {
  @ApiProperty({ example: 'zhangsan', description: '3–64 letters, digits, _ . -; stored lower-case' })
  @IsString()
  @Matches(USERNAME, { message: 'username must be 3–64 letters, digits, _ . - and start with a letter or digit' })
  username!: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role)
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for HOST_UNIT (a HOST unit) and CERTIFIER (a CERTIFIER unit)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for CADRE: the cadre this account belongs to' })
  @IsOptional()
  @IsUUID()
  cadreId?: string;

  @ApiProperty({ format: 'password', description: 'initial password, 12 to 128 characters' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UpdateUserDto {
  @ApiProperty({ description: 'the version last read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptionalNotNull()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null removes the unit' })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsUUID()
  cadreId?: string | null;

  @ApiPropertyOptional({ description: 'a disabled user cannot sign in, and their sessions end at once' })
  @IsOptionalNotNull()
  @IsBoolean()
  disabled?: boolean;
}

export class ResetPasswordDto {
  @ApiProperty({ format: 'password', description: '12 to 128 characters; every session of the user ends' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export const USER_SORT_FIELDS = ['username', 'displayName', 'role', 'createdAt'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ description: 'text in username or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: sortOptions(USER_SORT_FIELDS), description: 'a leading - sorts descending' })
  @IsOptional()
  @IsIn(sortOptions(USER_SORT_FIELDS))
  sort?: string;
}
