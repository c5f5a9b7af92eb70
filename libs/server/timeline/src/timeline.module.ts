import { Module } from '@nestjs/common';
import { PremisesTimelineResolver } from './premises-timeline.resolver';
import { PremisesTimelineService } from './premises-timeline.service';

@Module({ providers: [PremisesTimelineService, PremisesTimelineResolver], exports: [PremisesTimelineService] })
export class TimelineModule {}
