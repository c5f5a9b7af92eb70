import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  formatDateTimeInLondon,
  mayCoordinate as mayCoordinateGroups,
  mayEditPremises,
  mayReadIntelligence,
  PREMISES_KIND_LABELS,
  PREMISES_USE_LABELS,
} from '@lantern/shared/domain';
import {
  BackLink,
  ButtonLink,
  LoadingPage,
  NotificationBanner,
  PageHeading,
  SummaryList,
  useArrivalNotice,
  usePageTitle,
} from '@lantern/web/ui';
import { QueryProblem } from '@lantern/web/graphql';
import { useRoleAllows } from '@lantern/web/identity';
import { PremisesEnforcementActions } from '@lantern/web/enforcement';
import { PremisesMonitoring } from '@lantern/web/monitoring';
import { AgenciesTakingPart } from './agencies-taking-part';
import { AssociatedPremisesList } from './associated-premises-list';
import { LinkedBusinesses } from './linked-businesses';
import { LinkedPeople } from './linked-people';
import { LinkedVehicles } from './linked-vehicles';
import { PremisesDetailQuery } from './premises-detail-query';
import { PremisesStatusTag } from './premises-status-tag';
import { PremisesTimeline } from './premises-timeline';
import { VisitsToPremises } from './visits-to-premises';

export function PremisesPage() {
  const { id = '' } = useParams();
  const notice = useArrivalNotice();
  const mayEdit = useRoleAllows(mayEditPremises);
  const readsIntelligence = useRoleAllows(mayReadIntelligence);
  const mayCoordinate = useRoleAllows(mayCoordinateGroups);
  const { data, error, refetch } = useQuery(PremisesDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(data?.premises.name ?? 'Premises');

  if (error && !data) return <QueryProblem error={error} what="premises" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="premises" />;
  const premises = data.premises;
  const reload = () => refetch();

  return (
    <>
      <BackLink to="/premises">Back to premises</BackLink>
      {notice && <NotificationBanner type="success" heading={notice} />}
      <PageHeading caption="Premises">{premises.name}</PageHeading>
      <p className="govuk-body">
        <PremisesStatusTag status={premises.status} />
      </p>
      {mayEdit && (
        <div className="govuk-button-group">
          <ButtonLink to={`/premises/${premises.id}/edit`} variant="secondary">
            Change details<span className="govuk-visually-hidden"> of {premises.name}</span>
          </ButtonLink>
          {mayCoordinate && (
            <ButtonLink to={`/groups/new?premisesId=${premises.id}`} variant="secondary">
              Form a task and finish group
            </ButtonLink>
          )}
        </div>
      )}
      {readsIntelligence && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/premises/${premises.id}/mosaic`}>
            Information reports about this premises (the mosaic)
          </Link>
        </p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Details</h2>
          <SummaryList
            rows={[
              {
                key: 'Address',
                value: (
                  <>
                    {[premises.addressLine1, premises.addressLine2, premises.town].filter(Boolean).map((line) => (
                      <span key={line} className="lantern-address-line">
                        {line}
                      </span>
                    ))}
                  </>
                ),
              },
              { key: 'Postcode', value: premises.postcode },
              { key: 'UPRN', value: premises.uprn },
              { key: 'Kind', value: PREMISES_KIND_LABELS[premises.kind] },
              { key: 'Use', value: PREMISES_USE_LABELS[premises.use] },
              { key: 'Status', value: <PremisesStatusTag status={premises.status} /> },
              { key: 'Licensable activity', value: premises.licensableActivity ? 'Yes' : 'No' },
              {
                key: 'Summary of concerns',
                value: premises.concernSummary ? (
                  <span className="lantern-preserve-lines">{premises.concernSummary}</span>
                ) : null,
              },
              { key: 'Last updated', value: formatDateTimeInLondon(premises.updatedAt) },
            ]}
          />
        </div>
      </div>
      <PremisesMonitoring premises={premises} mayCoordinate={mayCoordinate} />
      <PremisesEnforcementActions premises={premises} />
      <LinkedPeople premisesId={premises.id} people={premises.people} mayEdit={mayEdit} onChanged={reload} />
      <VisitsToPremises premisesId={premises.id} records={premises.visitRecords} />
      <LinkedVehicles premisesId={premises.id} vehicles={premises.vehicles} mayEdit={mayEdit} onChanged={reload} />
      <LinkedBusinesses
        premisesId={premises.id}
        businesses={premises.businesses}
        mayEdit={mayEdit}
        onChanged={reload}
      />
      <AgenciesTakingPart premisesId={premises.id} agencies={premises.agencies} mayEdit={mayEdit} onChanged={reload} />
      <AssociatedPremisesList associated={premises.associatedPremises} />
      <PremisesTimeline entries={premises.timeline} mayCoordinate={mayCoordinate} />
    </>
  );
}
