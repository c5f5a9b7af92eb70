export * from './information-report.entity';
export * from './information-report.rules';
export * from './information-report.types';
export * from './person-matching.rules';
export * from './information-reports.service';
export * from './intelligence.module';
import { InformationReport, ReportSubject } from './information-report.entity';
export const intelligenceEntities = [InformationReport, ReportSubject];
import {
  InformationReportsResolver,
  MosaicLinkResolver,
  MosaicResolver,
  PersonMatchResolver,
  ReportSubjectResolver,
} from './information-reports.resolver';
export const intelligenceResolvers = [
  InformationReportsResolver,
  ReportSubjectResolver,
  PersonMatchResolver,
  MosaicResolver,
  MosaicLinkResolver,
];
export { reportLoaders } from './information-reports.resolver';
