import { Module } from '@nestjs/common';
import { RubricsController } from './rubrics.controller';
import { RubricsRepository } from './rubrics.repository';
import { RubricsService } from './rubrics.service';

@Module({ controllers: [RubricsController], providers: [RubricsRepository, RubricsService], exports: [RubricsRepository] })
export class RubricsModule {}
