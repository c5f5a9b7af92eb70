import { Module } from '@nestjs/common';
import { BoardReportResolver } from './board-report.resolver';
import { BoardReportService } from './board-report.service';

@Module({
  providers: [BoardReportService, BoardReportResolver],
  exports: [BoardReportService],
})
export class ReportingModule {}
