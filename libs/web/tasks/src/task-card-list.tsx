import { Link } from 'react-router';
import { londonToday, TASK_PRIORITY_LABELS } from '@lantern/shared/domain';
import { SummaryList } from '@lantern/web/ui';
import type { TaskSummaryFragment } from '@lantern/web/graphql';
import { dueInWords, tasksInOrder } from './task-due';
import { OverdueTag, TaskStatusTag } from './task-status-tag';

interface TaskCardListProps {
  tasks: readonly TaskSummaryFragment[];
  /** h2 on a page of tasks, h3 inside a section that has its own h2. */
  headingLevel: 2 | 3;
  /** Say which group (or, without one, which premises) each task is for (My tasks); a group's own page leaves it out. */
  showGroup: boolean;
}

/** Whose task it is: the named officer and their agency, or anyone in the agency. */
export function taskOwnerText(task: Pick<TaskSummaryFragment, 'ownerAgency' | 'ownerOfficer'>): string {
  return task.ownerOfficer
    ? `${task.ownerOfficer.name}, ${task.ownerAgency.name}`
    : `${task.ownerAgency.name} (anyone in the agency)`;
}

/**
 * Tasks as a list of cards (a card reads well on a phone, where a wide table would not): overdue ones first
 * and marked, each with its owner, due date, priority and status.
 */
export function TaskCardList({ tasks, headingLevel, showGroup }: TaskCardListProps) {
  const today = londonToday();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="lantern-card-list">
      {tasksInOrder(tasks).map((task) => (
        <li key={task.id}>
          <Heading className="govuk-heading-s govuk-!-margin-bottom-2">
            <Link className="govuk-link" to={`/tasks/${task.id}`}>
              {task.title}
            </Link>
          </Heading>
          <p className="govuk-body govuk-!-margin-bottom-2">
            {task.overdue && (
              <>
                <OverdueTag />{' '}
              </>
            )}
            <TaskStatusTag status={task.status} />
          </p>
          <SummaryList
            noBorder
            rows={[
              ...(showGroup && task.group
                ? [
                    {
                      key: 'Group',
                      value: (
                        <Link className="govuk-link" to={`/groups/${task.group.id}`}>
                          {task.group.name}
                        </Link>
                      ),
                    },
                  ]
                : []),
              ...(showGroup && !task.group && task.premises
                ? [
                    {
                      key: 'Premises',
                      value: (
                        <Link className="govuk-link" to={`/premises/${task.premises.id}`}>
                          {task.premises.name}
                        </Link>
                      ),
                    },
                  ]
                : []),
              { key: 'Owner', value: taskOwnerText(task) },
              {
                key: 'Due',
                value: task.overdue ? <strong>{dueInWords(task, today)}</strong> : dueInWords(task, today),
              },
              { key: 'Priority', value: TASK_PRIORITY_LABELS[task.priority] },
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
