export * from './board-report.rules';
export * from './board-report.service';
export * from './board-report.types';
export * from './board-report-exports';
export * from './reporting.module';
import { BoardReportResolver } from './board-report.resolver';
export const reportingResolvers = [BoardReportResolver];
