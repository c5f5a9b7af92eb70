import { GROUP_STAGE_LABELS, type GroupStage } from '@lantern/shared/domain';
import { Tag, type TagColour } from '@lantern/web/ui';

const STAGE_COLOURS: Record<GroupStage, TagColour> = {
  TASKING: 'yellow',
  PLANNING: 'light-blue',
  ACTIVE: 'red',
  CLOSURE: 'purple',
  MONITORING: 'blue',
  CLOSED: 'grey',
};

export function GroupStageTag({ stage }: { stage: GroupStage }) {
  return <Tag colour={STAGE_COLOURS[stage]}>{GROUP_STAGE_LABELS[stage]}</Tag>;
}
