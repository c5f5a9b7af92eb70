import { Module } from '@nestjs/common';
import { AgenciesModule } from '@lantern/server/agencies';
import { PremisesModule } from '@lantern/server/premises';
import {
  InformationReportsResolver,
  MosaicLinkResolver,
  MosaicResolver,
  PersonMatchResolver,
  ReportSubjectResolver,
} from './information-reports.resolver';
import { InformationReportsService } from './information-reports.service';

@Module({
  imports: [AgenciesModule, PremisesModule],
  providers: [
    InformationReportsService,
    InformationReportsResolver,
    ReportSubjectResolver,
    PersonMatchResolver,
    MosaicResolver,
    MosaicLinkResolver,
  ],
  exports: [InformationReportsService],
})
export class IntelligenceModule {}
