import { useMutation, useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { formatDateTimeInLondon, ROLE_LABELS } from '@lantern/shared/domain';
import {
  Button,
  ButtonLink,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  Table,
  Tag,
  usePageTitle,
} from '@lantern/web/ui';
import { graphql, QueryProblem, useActionOutcome } from '@lantern/web/graphql';
import { useCurrentUser } from '@lantern/web/identity';

const UsersQuery = graphql(`
  query Users {
    users {
      id
      displayName
      email
      role
      agencyId
      disabledAt
    }
    agencies {
      id
      name
    }
  }
`);

const SetUserDisabledMutation = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
      disabledAt
    }
  }
`);

/** Administrators: who may sign in, with what role and agency; disable a leaver (their sessions end at once). */
export function UsersPage() {
  usePageTitle('Users');
  const { state } = useLocation();
  const added = (state as { notice?: string } | null)?.notice;
  const { user: me } = useCurrentUser();
  const { data, error, refetch } = useQuery(UsersQuery, { fetchPolicy: 'cache-and-network' });
  const [setDisabled, { loading }] = useMutation(SetUserDisabledMutation);
  const outcome = useActionOutcome();
  if (error && !data) return <QueryProblem error={error} what="users" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="users" />;
  const agencyNames = new Map(data.agencies.map((agency) => [agency.id, agency.name]));
  const users = [...data.users].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));

  const change = (user: (typeof users)[number], disabled: boolean) =>
    outcome.run(
      () => setDisabled({ variables: { id: user.id, disabled } }),
      `${user.displayName} ${disabled ? 'can no longer sign in' : 'can sign in again'}`,
    );

  return (
    <>
      {outcome.banner ?? (added && <NotificationBanner type="success" heading={added} />)}
      <PageHeading>Users</PageHeading>
      <p className="govuk-body">
        Everyone who can sign in to Lantern. Disable the account of someone who leaves: their sessions end at once and
        what they recorded stays.
      </p>
      <ButtonLink to="/users/new">Add user</ButtonLink>
      <Table
        caption="Users"
        captionHidden
        columns={[{ text: 'Name' }, { text: 'Role' }, { text: 'Agency' }, { text: 'Status' }, { text: 'Action' }]}
        rows={users.map((user) => ({
          key: user.id,
          cells: [
            <>
              {user.displayName}
              <br />
              <span className="govuk-body-s">{user.email}</span>
            </>,
            ROLE_LABELS[user.role],
            agencyNames.get(user.agencyId) ?? '',
            user.disabledAt ? (
              <>
                <Tag colour="grey">Disabled</Tag>
                <br />
                <span className="govuk-body-s">since {formatDateTimeInLondon(user.disabledAt)}</span>
              </>
            ) : (
              <Tag colour="green">Active</Tag>
            ),
            user.id === me?.id ? (
              <span className="govuk-body-s">You</span>
            ) : (
              <Button
                type="button"
                variant={user.disabledAt ? 'secondary' : 'warning'}
                small
                disabled={loading}
                onClick={() => void change(user, !user.disabledAt)}
              >
                {user.disabledAt ? 'Enable' : 'Disable'}
                <span className="govuk-visually-hidden"> – {user.displayName}</span>
              </Button>
            ),
          ],
        }))}
      />
    </>
  );
}
