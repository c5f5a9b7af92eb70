import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { UnreadNotificationCountQuery } from './notification-documents';
import { notificationsLinkText } from './unread-count';

/** The header's link to the inbox with the unread count, checked every minute. */
export function NotificationsLink() {
  const { data } = useQuery(UnreadNotificationCountQuery, { pollInterval: 60_000, fetchPolicy: 'cache-and-network' });
  const { text, count } = notificationsLinkText(data?.unreadNotificationCount);
  return (
    <Link className="govuk-link govuk-body-s lantern-header__notifications" to="/notifications">
      {text}
      {count && (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--red lantern-header__unread">{count}</strong>
          <span className="govuk-visually-hidden"> unread</span>
        </>
      )}
    </Link>
  );
}
