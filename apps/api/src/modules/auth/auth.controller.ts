import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { type Actor, CurrentActor, CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { Authenticated, Public } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { toUserResponse, UserResponse } from '../users/dto/user-response.dto';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, RefreshDto, TokenPairResponse } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with username and password' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiTooManyRequestsResponse({ type: ErrorBody, description: 'five failed logins for this username within a minute' })
  login(@Body() body: LoginDto, @CurrentActor() actor: Actor): Promise<TokenPairResponse> {
    return this.auth.login(body.username, body.password, actor);
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; each refresh token works once' })
  @ApiOkResponse({ type: TokenPairResponse })
  refresh(@Body() body: RefreshDto, @CurrentActor() actor: Actor): Promise<TokenPairResponse> {
    return this.auth.refresh(body.refreshToken, actor);
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working' })
  @ApiNoContentResponse()
  logout(@CurrentSignedInActor() actor: SignedInActor): Promise<void> {
    return this.auth.logout(actor);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: UserResponse })
  async me(@CurrentSignedInActor() actor: SignedInActor): Promise<UserResponse> {
    return toUserResponse(await this.auth.me(actor));
  }

  @Post('password')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change one\'s own password; other sessions end' })
  @ApiNoContentResponse()
  changePassword(@Body() body: ChangePasswordDto, @CurrentSignedInActor() actor: SignedInActor): Promise<void> {
    return this.auth.changePassword(actor, body.oldPassword, body.newPassword);
  }
}
