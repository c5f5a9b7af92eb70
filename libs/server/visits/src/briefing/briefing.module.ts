import { Module } from '@nestjs/common';
import { BriefingPackService } from './briefing-pack';

/** The briefing pack and calendar invite of a visit plan (the API's controller serves them). */
@Module({
  providers: [BriefingPackService],
  exports: [BriefingPackService],
})
export class BriefingModule {}
