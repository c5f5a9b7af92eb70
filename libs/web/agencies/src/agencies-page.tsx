import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { AGENCY_TYPE_LABELS, mayAdminister } from '@lantern/shared/domain';
import { ButtonLink, LoadingPage, PageHeading, Table, usePageTitle } from '@lantern/web/ui';
import { graphql, QueryProblem } from '@lantern/web/graphql';
import { useRoleAllows } from '@lantern/web/identity';

const AgenciesQuery = graphql(`
  query Agencies {
    agencies {
      id
      name
      type
      area
    }
  }
`);

export function AgenciesPage() {
  usePageTitle('Agencies');
  const mayManage = useRoleAllows(mayAdminister);
  const { data, error, refetch } = useQuery(AgenciesQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <QueryProblem error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="agencies" />;
  return (
    <>
      <PageHeading>Agencies</PageHeading>
      <p className="govuk-body">The agencies taking part in disruption operations, and their officers.</p>
      {mayManage && <ButtonLink to="/agencies/new">Add agency</ButtonLink>}
      {data.agencies.length === 0 ? (
        <p className="govuk-body">No agencies have been added yet.</p>
      ) : (
        <Table
          caption="Agencies"
          captionHidden
          columns={[{ text: 'Name' }, { text: 'Type' }, { text: 'Area' }]}
          rows={data.agencies.map((agency) => ({
            key: agency.id,
            cells: [
              <Link className="govuk-link" to={`/agencies/${agency.id}`}>
                {agency.name}
              </Link>,
              AGENCY_TYPE_LABELS[agency.type],
              agency.area ?? '',
            ],
          }))}
        />
      )}
    </>
  );
}
