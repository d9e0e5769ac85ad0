import { Module } from '@nestjs/common';
import { IncentivesController } from './incentives.controller';
import { IncentivesService } from './incentives.service';

/** 激励化: incentives and the talent pool. The proposals are written by finalization (rounds/dossier-writer). */
@Module({ controllers: [IncentivesController], providers: [IncentivesService], exports: [IncentivesService] })
export class IncentivesModule {}
