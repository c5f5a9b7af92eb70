import { ENFORCEMENT_ACTION_STATUS_LABELS, type EnforcementActionStatus } from '@lantern/shared/domain';
import { Tag, type TagColour } from '@lantern/web/ui';

const STATUS_COLOURS: Record<EnforcementActionStatus, TagColour> = {
  SERVED: 'blue',
  COMPLIED: 'green',
  BREACHED: 'red',
  APPEALED: 'yellow',
  WITHDRAWN: 'grey',
  EXPIRED: 'grey',
};

export function ActionStatusTag({ status }: { status: EnforcementActionStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{ENFORCEMENT_ACTION_STATUS_LABELS[status]}</Tag>;
}
