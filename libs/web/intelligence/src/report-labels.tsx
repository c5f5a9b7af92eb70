import {
  formatDateTimeInLondon,
  REPORT_STATUS_LABELS,
  SOURCE_TYPE_LABELS,
  type ReportStatus,
  type SourceType,
} from '@lantern/shared/domain';
import { Tag, type TagColour } from '@lantern/web/ui';

const STATUS_COLOURS: Record<ReportStatus, TagColour> = {
  RECEIVED: 'blue',
  ASSESSED: 'light-blue',
  ACTIONED: 'green',
  RECORDED: 'grey',
  NO_FURTHER_ACTION: 'grey',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{REPORT_STATUS_LABELS[status]}</Tag>;
}

/** "3/2/P": source reliability, information accuracy and handling code ("–" when the referrer witnessed it). */
export function gradesText(report: {
  sourceReliability: number | null;
  informationAccuracy: number;
  handlingCode: string;
}) {
  return `${report.sourceReliability ?? '–'}/${report.informationAccuracy}/${report.handlingCode}`;
}

export function reportTitle(report: { becameAwareAt: unknown; sourceType: SourceType }): string {
  return `${SOURCE_TYPE_LABELS[report.sourceType]}, ${formatDateTimeInLondon(String(report.becameAwareAt))}`;
}
