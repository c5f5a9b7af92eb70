import { graphql } from '@lantern/web/graphql';

/** What a task looks like in a list (My tasks, a group's tasks). */
export const TaskSummaryFragment = graphql(`
  fragment TaskSummary on Task {
    id
    title
    status
    priority
    dueOn
    overdue
    group {
      id
      name
      stage
    }
    premises {
      id
      name
    }
    ownerAgency {
      id
      name
    }
    ownerOfficer {
      id
      name
    }
  }
`);

/** Whom a group's tasks can be given to: its member agencies and their officers. */
export const TaskOwnerChoicesFragment = graphql(`
  fragment TaskOwnerChoices on TaskAndFinishGroup {
    id
    stage
    agencies {
      id
      agency {
        id
        name
        officers {
          id
          name
          active
        }
      }
    }
  }
`);

/**
 * Everything the group page's tasks section (GroupTasks) needs: spread `...GroupTasks` into the group
 * query and pass the group's `tasks` and `agencies` to the section.
 */
export const GroupTasksFragment = graphql(`
  fragment GroupTasks on TaskAndFinishGroup {
    id
    stage
    ...TaskOwnerChoices
    tasks {
      ...TaskSummary
    }
  }
`);
