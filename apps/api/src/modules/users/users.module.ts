import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RegistryModule } from '../registry/registry.module';
import { FirstAdminService } from './first-admin.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [AuthModule, RegistryModule],
  controllers: [UsersController],
  providers: [UsersService, FirstAdminService],
})
export class UsersModule {}
