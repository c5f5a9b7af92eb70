/** What My tasks shows, as it is kept in the address bar: /tasks, or /tasks?finished=1 to include finished tasks. */
export interface MyTasksView {
  includeFinished: boolean;
}

export function myTasksViewFrom(params: URLSearchParams): MyTasksView {
  return { includeFinished: params.get('finished') === '1' };
}

export function myTasksHref(view: MyTasksView): string {
  return view.includeFinished ? '/tasks?finished=1' : '/tasks';
}

/** How many tasks there are and how many are overdue, e.g. "3 tasks to do, 1 of them overdue." */
export function myTasksCount(tasks: readonly { overdue: boolean }[], view: MyTasksView): string {
  if (tasks.length === 0)
    return view.includeFinished ? 'You have no tasks, finished or not.' : 'You have no tasks to do.';
  const count = tasks.length === 1 ? '1 task' : `${tasks.length} tasks`;
  const overdue = tasks.filter((task) => task.overdue).length;
  const late = overdue === 0 ? '' : `, ${overdue} of them overdue`;
  return `${count}${view.includeFinished ? ', finished ones included' : ' to do'}${late}.`;
}
