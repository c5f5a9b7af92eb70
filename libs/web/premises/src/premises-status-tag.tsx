import { PREMISES_STATUS_LABELS, type PremisesStatus } from '@lantern/shared/domain';
import { Tag, type TagColour } from '@lantern/web/ui';

const STATUS_COLOURS: Record<PremisesStatus, TagColour> = {
  OF_CONCERN: 'orange',
  UNDER_OPERATION: 'red',
  ACTION_TAKEN: 'purple',
  CLOSED: 'grey',
  UNDER_MONITORING: 'blue',
  NO_FURTHER_ACTION: 'green',
};

export function PremisesStatusTag({ status }: { status: PremisesStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{PREMISES_STATUS_LABELS[status]}</Tag>;
}
