import { useState, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { londonToday } from '@lantern/shared/domain';
import { FormProblems, graphql, useFormSubmission } from '@lantern/web/graphql';
import { TaskForm } from './task-form';
import {
  EMPTY_TASK_FORM,
  TASK_FORM_FIELDS,
  taskFormProblems,
  taskInputFrom,
  type OwnerAgency,
} from './task-form-values';

const AddTaskMutation = graphql(`
  mutation AddTask($groupId: ID!, $input: TaskInput!) {
    addTask(groupId: $groupId, input: $input) {
      ...TaskSummary
      details
      version
    }
  }
`);

interface AddTaskFormProps {
  groupId: string;
  agencies: readonly OwnerAgency[];
  onAdded: (task: { id: string; title: string }) => void;
  /** Between the error summary and the form: the page's heading, on a page of its own. */
  heading?: ReactNode;
  cancel?: ReactNode;
  ariaLabel?: string;
}

/** Gives a group a new task. What the user typed stays in the form until the task has been added. */
export function AddTaskForm({ groupId, agencies, onAdded, heading, cancel, ariaLabel }: AddTaskFormProps) {
  const [values, setValues] = useState(EMPTY_TASK_FORM);
  const submission = useFormSubmission();
  const [addTask] = useMutation(AddTaskMutation);

  const save = () =>
    submission.submit(taskFormProblems(values, londonToday()), async () => {
      const { data } = await addTask({ variables: { groupId, input: taskInputFrom(values) } });
      setValues(EMPTY_TASK_FORM);
      if (data) onAdded(data.addTask);
    });

  return (
    <>
      <FormProblems submission={submission} fields={TASK_FORM_FIELDS} />
      {heading}
      <TaskForm
        values={values}
        onChange={setValues}
        errors={submission.fieldErrors}
        agencies={agencies}
        onSubmit={() => void save()}
        submitting={submission.submitting}
        submitLabel="Add task"
        cancel={cancel}
        ariaLabel={ariaLabel}
      />
    </>
  );
}
