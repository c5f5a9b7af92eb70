import { useState } from 'react';
import type { GroupStage } from '@lantern/shared/domain';
import { Details, NotificationBanner } from '@lantern/web/ui';
import type { GroupTasksFragment } from '@lantern/web/graphql';
import { AddTaskForm } from './add-task-form';
import { TaskCardList } from './task-card-list';

export interface GroupTasksProps {
  groupId: string;
  /** From the GroupTasks fragment: `group.stage`. A closed group's tasks can no longer change. */
  stage?: GroupStage;
  /** From the GroupTasks fragment: `group.tasks`. */
  tasks: GroupTasksFragment['tasks'];
  /** From the GroupTasks fragment: `group.agencies`, the member agencies tasks can be given to. */
  agencies: GroupTasksFragment['agencies'];
  /** Coordinating roles: show the "Add a task" form. */
  mayEdit: boolean;
  /** After a task is added: refetch the group. */
  onChanged: () => unknown;
}

/**
 * The tasks section of a task and finish group's page: what each member agency has to do, overdue tasks
 * first and marked, and (for coordinators) a form to add one.
 */
export function GroupTasks({ groupId, stage, tasks, agencies, mayEdit, onChanged }: GroupTasksProps) {
  const [added, setAdded] = useState<{ title: string; key: number } | null>(null);
  const overdue = tasks.filter((task) => task.overdue).length;
  return (
    <section aria-labelledby="group-tasks-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="group-tasks-heading">
        Tasks
      </h2>
      {added && (
        <NotificationBanner
          key={added.key}
          type="success"
          heading={`Task added: ${added.title}`}
          focusOnShow
          focusKey={added.key}
        />
      )}
      {tasks.length === 0 ? (
        <p className="govuk-body">No tasks have been given out yet.</p>
      ) : (
        <>
          {overdue > 0 && (
            <p className="govuk-body govuk-!-font-weight-bold">
              {overdue === 1 ? '1 task is overdue.' : `${overdue} tasks are overdue.`}
            </p>
          )}
          <TaskCardList tasks={tasks} headingLevel={3} showGroup={false} />
        </>
      )}
      {mayEdit && stage !== 'CLOSED' && (
        <Details summary="Add a task">
          <AddTaskForm
            groupId={groupId}
            agencies={agencies}
            ariaLabel="Add a task"
            onAdded={(task) => {
              setAdded({ title: task.title, key: Date.now() });
              void onChanged();
            }}
          />
        </Details>
      )}
    </section>
  );
}
