import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { AGENCY_TYPE_LABELS, mayAdminister, maySeePersonalData } from '@lantern/shared/domain';
import {
  BackLink,
  ButtonGroup,
  ButtonLink,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  SummaryList,
  Table,
  Tag,
  usePageTitle,
} from '@lantern/web/ui';
import { graphql, QueryProblem } from '@lantern/web/graphql';
import { useRoleAllows } from '@lantern/web/identity';

const AgencyDetailQuery = graphql(`
  query AgencyDetail($id: ID!, $withOfficers: Boolean!) {
    agency(id: $id) {
      id
      name
      type
      area
      email
      phone
      version
      officers @include(if: $withOfficers) {
        id
        name
        jobTitle
        email
        phone
        active
      }
    }
  }
`);

export function AgencyPage() {
  const { id = '' } = useParams();
  const { state } = useLocation();
  const notice = (state as { notice?: string } | null)?.notice;
  const mayManage = useRoleAllows(mayAdminister);
  // Board members see the agency, not its officers' details (the API refuses them the officers field).
  const withOfficers = useRoleAllows(maySeePersonalData);
  const { data, error, refetch } = useQuery(AgencyDetailQuery, {
    variables: { id, withOfficers },
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(data?.agency.name ?? 'Agency');
  if (error && !data) return <QueryProblem error={error} what="agency" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="agency" />;
  const agency = data.agency;
  const officers = agency.officers ?? [];

  return (
    <>
      <BackLink to="/agencies">Back to agencies</BackLink>
      {notice && <NotificationBanner type="success" heading={notice} />}
      <PageHeading caption="Agency">{agency.name}</PageHeading>
      {mayManage && (
        <ButtonGroup>
          <ButtonLink to={`/agencies/${agency.id}/edit`} variant="secondary">
            Change agency details
          </ButtonLink>
          <ButtonLink to={`/agencies/${agency.id}/officers/new`} variant="secondary">
            Add officer
          </ButtonLink>
        </ButtonGroup>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Type', value: AGENCY_TYPE_LABELS[agency.type] },
              { key: 'Area', value: agency.area },
              { key: 'Email', value: agency.email },
              { key: 'Telephone', value: agency.phone },
            ]}
          />
        </div>
      </div>
      <h2 className="govuk-heading-m">Officers</h2>
      {!withOfficers ? (
        <p className="govuk-body">Officers’ details are not shown to partnership board members.</p>
      ) : officers.length === 0 ? (
        <p className="govuk-body">No officers have been added to this agency.</p>
      ) : (
        <Table
          caption={`Officers of ${agency.name}`}
          captionHidden
          columns={[
            { text: 'Name' },
            { text: 'Job title' },
            { text: 'Email' },
            { text: 'Telephone' },
            { text: 'Status' },
            ...(mayManage ? [{ text: 'Actions', visuallyHidden: true }] : []),
          ]}
          rows={officers.map((officer) => ({
            key: officer.id,
            cells: [
              officer.name,
              officer.jobTitle ?? '',
              officer.email ?? '',
              officer.phone ? <span className="lantern-nowrap">{officer.phone}</span> : '',
              officer.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Inactive</Tag>,
              ...(mayManage
                ? [
                    <Link className="govuk-link" to={`/officers/${officer.id}/edit`}>
                      Change<span className="govuk-visually-hidden"> {officer.name}</span>
                    </Link>,
                  ]
                : []),
            ],
          }))}
        />
      )}
    </>
  );
}
