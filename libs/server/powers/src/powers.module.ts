import { Module } from '@nestjs/common';
import { PowersResolver } from './powers.resolver';
import { PowersService } from './powers.service';

@Module({ providers: [PowersService, PowersResolver], exports: [PowersService] })
export class PowersModule {}
