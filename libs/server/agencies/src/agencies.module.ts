import { Module } from '@nestjs/common';
import { AgenciesResolver, OfficersResolver } from './agencies.resolver';
import { AgenciesService } from './agencies.service';

@Module({ providers: [AgenciesService, AgenciesResolver, OfficersResolver], exports: [AgenciesService] })
export class AgenciesModule {}
