import { graphql } from '@lantern/web/graphql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications {
    myNotifications {
      id
      kind
      title
      link
      createdAt
      readAt
    }
    unreadNotificationCount
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
