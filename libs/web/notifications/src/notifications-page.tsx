import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTimeInLondon, REMINDER_KIND_LABELS } from '@lantern/shared/domain';
import { Button, LoadingMessage, PageHeading, Tag, usePageTitle } from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  MyNotificationsQuery,
  UnreadNotificationCountQuery,
} from './notification-documents';

/** The signed-in user's inbox: reminders of tasks, orders, visits and the weekly digest, newest first. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const { data, loading, error, refetch } = useQuery(MyNotificationsQuery, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = [{ query: MyNotificationsQuery }, { query: UnreadNotificationCountQuery }];
  const [markRead] = useMutation(MarkNotificationReadMutation, { refetchQueries });
  const [markAllRead, { loading: markingAll }] = useMutation(MarkAllNotificationsReadMutation, { refetchQueries });

  if (error && !data) return <QueryProblem error={error} what="your notifications" onRetry={() => void refetch()} />;
  const notifications = data?.myNotifications;
  const unread = data?.unreadNotificationCount ?? 0;

  return (
    <>
      <PageHeading>Notifications</PageHeading>
      <p className="govuk-body">
        Reminders of your tasks, orders ending, visits to confirm and your weekly digest. Each is also emailed to you,
        without its details.
      </p>
      {!notifications && loading && <LoadingMessage what="your notifications" />}
      {notifications && (
        <>
          <p className="govuk-body" role="status">
            {unread === 0 ? 'You have no unread notifications.' : `You have ${unread} unread.`}
          </p>
          {unread > 0 && (
            <Button variant="secondary" type="button" disabled={markingAll} onClick={() => void markAllRead()}>
              Mark all as read
            </Button>
          )}
          {notifications.length === 0 ? (
            <p className="govuk-body">When Lantern reminds you of something, it will appear here.</p>
          ) : (
            <ul className="govuk-list lantern-notifications">
              {notifications.map((notification) => (
                <li key={notification.id} className="lantern-notifications__item">
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    {!notification.readAt && <Tag colour="blue">Unread</Tag>} {REMINDER_KIND_LABELS[notification.kind]}{' '}
                    · {formatDateTimeInLondon(notification.createdAt)}
                  </p>
                  <p className="govuk-body govuk-!-margin-bottom-1">
                    <Link
                      className="govuk-link"
                      to={notification.link}
                      onClick={() => {
                        if (!notification.readAt) void markRead({ variables: { id: notification.id } });
                      }}
                    >
                      {notification.title}
                    </Link>
                  </p>
                  {!notification.readAt && (
                    <Button
                      variant="secondary"
                      type="button"
                      small
                      onClick={() => void markRead({ variables: { id: notification.id } })}
                    >
                      Mark as read<span className="govuk-visually-hidden">: {notification.title}</span>
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
