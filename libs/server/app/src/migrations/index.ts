import { InitialRegisters1795400384827 } from './1795400384827-initial-registers';
import { AuditLog1795401644800 } from './1795401644800-audit-log';
import { PremisesAgencies1795402844284 } from './1795402844284-premises-agencies';
import { GroupsAndVisits1795451992223 } from './1795451992223-groups-and-visits';
import { VisitRecords1795456501080 } from './1795456501080-visit-records';
import { EnforcementActions1795456525478 } from './1795456525478-enforcement-actions';
import { MonitoringAndTimeline1795461931086 } from './1795461931086-monitoring-and-timeline';
import { Reminders1795462027536 } from './1795462027536-reminders';
import { IntelligenceReportsAndMeetings1795462143814 } from './1795462143814-intelligence-reports-and-meetings';
import { BoardReportIndexes1795473237621 } from './1795473237621-board-report-indexes';
import { GroupBoardOrderIndex1795484006874 } from './1795484006874-group-board-order-index';

/** Every migration, oldest first. `npm run migration:generate -- <name>` adds to this list. */
export const migrations = [
  InitialRegisters1795400384827,
  AuditLog1795401644800,
  PremisesAgencies1795402844284,
  GroupsAndVisits1795451992223,
  VisitRecords1795456501080,
  EnforcementActions1795456525478,
  MonitoringAndTimeline1795461931086,
  Reminders1795462027536,
  IntelligenceReportsAndMeetings1795462143814,
  BoardReportIndexes1795473237621,
  GroupBoardOrderIndex1795484006874,
];
