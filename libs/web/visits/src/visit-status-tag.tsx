import {
  ATTENDANCE_RESPONSE_LABELS,
  VISIT_STATUS_LABELS,
  type AttendanceResponse,
  type VisitStatus,
} from '@lantern/shared/domain';
import { Tag, type TagColour } from '@lantern/web/ui';

const STATUS_COLOURS: Record<VisitStatus, TagColour> = {
  DRAFT: 'grey',
  READY: 'green',
  COMPLETED: 'blue',
  CANCELLED: 'red',
};

export function VisitStatusTag({ status }: { status: VisitStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{VISIT_STATUS_LABELS[status]}</Tag>;
}

const RESPONSE_COLOURS: Record<AttendanceResponse, TagColour> = {
  PENDING: 'yellow',
  CONFIRMED: 'green',
  DECLINED: 'red',
};

export function AttendanceTag({ response }: { response: AttendanceResponse }) {
  return <Tag colour={RESPONSE_COLOURS[response]}>{ATTENDANCE_RESPONSE_LABELS[response]}</Tag>;
}
