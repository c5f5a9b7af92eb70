export { BoardReportPage } from './board-report-page';
