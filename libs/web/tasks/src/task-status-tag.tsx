import { TASK_STATUS_LABELS, type TaskStatus } from '@lantern/shared/domain';
import { Tag, type TagColour } from '@lantern/web/ui';

const STATUS_COLOURS: Record<TaskStatus, TagColour> = {
  OPEN: 'blue',
  IN_PROGRESS: 'light-blue',
  BLOCKED: 'orange',
  DONE: 'green',
  CANCELLED: 'grey',
};

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{TASK_STATUS_LABELS[status]}</Tag>;
}

/** Unfinished and past its due date: plain to see in every list. */
export function OverdueTag() {
  return <Tag colour="red">Overdue</Tag>;
}
