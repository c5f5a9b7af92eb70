export * from './submit-report-page';
export * from './reports-page';
export * from './report-page';
export * from './mosaic-page';
export { ReportStatusTag, gradesText } from './report-labels';
