export { BriefingModule } from './briefing.module';
export { BriefingPackService } from './briefing-pack';
export type {
  BriefingAgency,
  BriefingBusiness,
  BriefingOfficer,
  BriefingPack,
  BriefingPerson,
  BriefingPower,
  BriefingVehicle,
} from './briefing-pack';
export { BRIEFING_DISCLOSURE_PURPOSES, briefingFileName, briefingScope } from './briefing.rules';
export type { BriefingFormat, BriefingScope } from './briefing.rules';
export { renderBriefingPdf, renderDocumentPdf } from './briefing-pdf';
export { BRIEFING_PAGE_CSP, renderBriefingPage } from './briefing-page';
export { renderVisitInvite, visitInviteUid } from './visit-invite';
export { pdfText } from './pdf-text';
