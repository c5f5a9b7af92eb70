import { graphql } from '@lantern/web/graphql';

export const TaskDetailQuery = graphql(`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      ...TaskSummary
      details
      completedAt
      updatedAt
      version
      comments {
        ...TaskCommentItem
      }
    }
  }
`);

export const TaskCommentItemFragment = graphql(`
  fragment TaskCommentItem on TaskComment {
    id
    body
    createdAt
    author {
      id
      displayName
    }
  }
`);
