import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { type Page, toPage } from '../../common/paging/page';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto, UserQueryDto } from './dto/user-requests.dto';
import { toUserResponse, UserPage, UserResponse } from './dto/user-response.dto';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly service: UsersService,
    private readonly repository: UsersRepository,
  ) {}

  @Get()
  @RequirePermission(Permission.UserRead)
  @ApiOperation({ summary: 'Users, with filters and paging' })
  @ApiOkResponse({ type: UserPage })
  async list(@Query() query: UserQueryDto): Promise<Page<UserResponse>> {
    const [rows, total] = await this.repository.findPage(query);
    return toPage(rows, total, query, toUserResponse);
  }

  @Get(':id')
  @RequirePermission(Permission.UserRead)
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(@Param('id', ParseIdPipe) id: string): Promise<UserResponse> {
    return toUserResponse(await this.service.get(id));
  }

  @Post()
  @RequirePermission(Permission.UserManage)
  @ApiOperation({ summary: 'Create a user with an initial password' })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'the username is taken' })
  async create(@Body() body: CreateUserDto, @CurrentSignedInActor() actor: SignedInActor): Promise<UserResponse> {
    return toUserResponse(await this.service.create(actor, body));
  }

  @Patch(':id')
  @RequirePermission(Permission.UserManage)
  @ApiOperation({ summary: 'Change display name, role, unit or the disabled flag' })
  @ApiOkResponse({ type: UserResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'a stale version' })
  async update(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateUserDto,
    @CurrentSignedInActor() actor: SignedInActor,
  ): Promise<UserResponse> {
    return toUserResponse(await this.service.update(actor, id, body));
  }

  @Post(':id/password')
  @RequirePermission(Permission.UserManage)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Set a new password for a user; their sessions end' })
  @ApiNoContentResponse()
  resetPassword(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ResetPasswordDto,
    @CurrentSignedInActor() actor: SignedInActor,
  ): Promise<void> {
    return this.service.resetPassword(actor, id, body.newPassword);
  }
}
