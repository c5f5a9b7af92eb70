import { Module } from '@nestjs/common';
import { AgenciesModule } from '@lantern/server/agencies';
import { PremisesModule } from '@lantern/server/premises';
import { GroupsModule } from '@lantern/server/groups';
import { IntelligenceModule } from '@lantern/server/intelligence';
import {
  GroupMeetingOriginResolver,
  MeetingDecisionResolver,
  MeetingItemResolver,
  MeetingsResolver,
} from './meetings.resolver';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [AgenciesModule, PremisesModule, GroupsModule, IntelligenceModule],
  providers: [
    MeetingsService,
    MeetingsResolver,
    MeetingItemResolver,
    MeetingDecisionResolver,
    GroupMeetingOriginResolver,
  ],
  exports: [MeetingsService],
})
export class MeetingsModule {}
