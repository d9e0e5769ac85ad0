import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { CadresController } from './cadres.controller';
import { CadresService } from './cadres.service';

@Module({ imports: [RegistryModule], controllers: [CadresController], providers: [CadresService], exports: [CadresService] })
export class CadresModule {}
