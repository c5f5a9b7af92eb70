import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useLocation, useParams } from 'react-router';
import {
  AGENCY_TYPE_LABELS,
  durationInWords,
  ENTRY_RIGHT_LABELS,
  formatCalendarDate,
  mayAdminister,
  POWER_CATEGORY_LABELS,
  POWER_CONDITION_LABELS,
  PREMISES_KIND_LABELS,
} from '@lantern/shared/domain';
import {
  BackLink,
  ButtonLink,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  SummaryList,
  usePageTitle,
} from '@lantern/web/ui';
import { graphql, QueryProblem } from '@lantern/web/graphql';
import { useRoleAllows } from '@lantern/web/identity';

const PowerDetailQuery = graphql(`
  query PowerDetail($id: ID!) {
    power(id: $id) {
      id
      code
      name
      legalBasis
      category
      entry
      holderAgencyTypes
      premisesKinds
      conditions
      minDuration
      maxDuration
      noticePeriod
      minCompliancePeriod
      requiresWrittenAuthorisation
      effectiveFrom
      effectiveTo
      notes
      source
      version
    }
  }
`);

function List({ items }: { items: string[] }): ReactNode {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0];
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function PowerPage() {
  const { id = '' } = useParams();
  const { state } = useLocation();
  const notice = (state as { notice?: string } | null)?.notice;
  const mayEdit = useRoleAllows(mayAdminister);
  const { data, error, refetch } = useQuery(PowerDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle(data?.power.name ?? 'Power');
  if (error && !data) return <QueryProblem error={error} what="power" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="power" />;
  const power = data.power;
  const inWords = (value: string | null) => (value ? durationInWords(value) : 'None');

  return (
    <>
      <BackLink to="/powers">Back to powers</BackLink>
      {notice && <NotificationBanner type="success" heading={notice} />}
      <PageHeading caption="Power">{power.name}</PageHeading>
      {mayEdit && (
        <ButtonLink to={`/powers/${power.id}/edit`} variant="secondary">
          Change power<span className="govuk-visually-hidden"> {power.name}</span>
        </ButtonLink>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <SummaryList
            rows={[
              { key: 'Legal basis', value: power.legalBasis },
              {
                key: 'Held by',
                value: <List items={power.holderAgencyTypes.map((type) => AGENCY_TYPE_LABELS[type])} />,
              },
              { key: 'Category', value: POWER_CATEGORY_LABELS[power.category] },
              { key: 'Entry to premises', value: ENTRY_RIGHT_LABELS[power.entry] },
              {
                key: 'Premises it applies to',
                value:
                  power.premisesKinds === null ? (
                    'Any'
                  ) : (
                    <List items={power.premisesKinds.map((kind) => PREMISES_KIND_LABELS[kind])} />
                  ),
              },
              {
                key: 'Conditions',
                value: power.conditions.length ? (
                  <List items={power.conditions.map((condition) => POWER_CONDITION_LABELS[condition])} />
                ) : (
                  'None'
                ),
              },
              { key: 'Minimum duration', value: inWords(power.minDuration) },
              { key: 'Maximum duration', value: inWords(power.maxDuration) },
              { key: 'Notice period', value: inWords(power.noticePeriod) },
              { key: 'Minimum time to comply', value: inWords(power.minCompliancePeriod) },
              {
                key: 'Needs written authorisation',
                value: power.requiresWrittenAuthorisation ? 'Yes, officers must be authorised in writing' : 'No',
              },
              { key: 'In force from', value: formatCalendarDate(power.effectiveFrom) },
              {
                key: 'In force until',
                value: power.effectiveTo ? formatCalendarDate(power.effectiveTo) : 'Still in force',
              },
              {
                key: 'Notes',
                value: power.notes ? <span className="lantern-preserve-lines">{power.notes}</span> : null,
              },
              { key: 'Source', value: power.source },
              { key: 'Code', value: <code>{power.code}</code> },
            ]}
          />
        </div>
      </div>
    </>
  );
}
