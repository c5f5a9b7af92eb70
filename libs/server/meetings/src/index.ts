export * from './intelligence-meeting.entity';
export * from './meeting.rules';
export * from './meeting.types';
export * from './meetings.service';
export * from './meetings.module';
import { IntelligenceMeeting, MeetingDecision, MeetingItem } from './intelligence-meeting.entity';
export const meetingEntities = [IntelligenceMeeting, MeetingItem, MeetingDecision];
import {
  GroupMeetingOriginResolver,
  MeetingDecisionResolver,
  MeetingItemResolver,
  MeetingsResolver,
} from './meetings.resolver';
export const meetingResolvers = [
  MeetingsResolver,
  MeetingItemResolver,
  MeetingDecisionResolver,
  GroupMeetingOriginResolver,
];
