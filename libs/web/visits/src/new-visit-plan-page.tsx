import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { AGENCY_TYPE_LABELS } from '@lantern/shared/domain';
import {
  BackLink,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  LoadingPage,
  PageHeading,
  Select,
  usePageTitle,
  type FieldErrors,
} from '@lantern/web/ui';
import { FormProblems, graphql, QueryProblem, useFormSubmission } from '@lantern/web/graphql';
import { VisitDetailsFields } from './visit-details-fields';
import {
  EMPTY_VISIT_DETAILS,
  VISIT_DETAILS_FIELDS,
  visitDetailsFieldErrors,
  visitDetailsFormProblems,
  visitDetailsInputFrom,
} from './visit-details-form-values';

const VisitPlanOptionsQuery = graphql(`
  query VisitPlanOptions($groupId: ID!) {
    visitPlanOptions(groupId: $groupId) {
      groupId
      groupName
      premises {
        id
        name
        addressLine1
        postcode
      }
      agencies {
        id
        name
        type
      }
    }
  }
`);

const PlanVisitMutation = graphql(`
  mutation PlanVisit($input: PlanVisitInput!) {
    planVisit(input: $input) {
      id
      version
    }
  }
`);

const FIELDS = { premisesId: 'premisesId', ...VISIT_DETAILS_FIELDS, agencies: 'agencies' };

/** Which member agencies attend, and whether each goes inside: agency id → enters the premises. */
type Attending = Record<string, boolean>;

export function NewVisitPlanPage() {
  const { groupId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(VisitPlanOptionsQuery, { variables: { groupId } });
  const [premisesId, setPremisesId] = useState('');
  const [details, setDetails] = useState(EMPTY_VISIT_DETAILS);
  const [attending, setAttending] = useState<Attending>({});
  const submission = useFormSubmission(visitDetailsFieldErrors);
  const [planVisit] = useMutation(PlanVisitMutation);
  usePageTitle('Plan a visit', submission.hasErrors);

  if (error && !data) return <QueryProblem error={error} what="group" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="group" />;
  const options = data.visitPlanOptions;
  const backHref = `/groups/${groupId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldErrors = {
      premisesId: premisesId ? undefined : 'Select the premises to visit',
      ...visitDetailsFormProblems(details),
    };
    await submission.submit(problems, async () => {
      const { data: saved } = await planVisit({
        variables: {
          input: {
            groupId,
            premisesId,
            ...visitDetailsInputFrom(details),
            agencies: options.agencies
              .filter((agency) => agency.id in attending)
              .map((agency) => ({ agencyId: agency.id, entersPremises: attending[agency.id] })),
          },
        },
      });
      if (saved) navigate(`/visits/${saved.planVisit.id}`, { state: { notice: 'The visit has been planned' } });
    });
  };

  const toggleAgency = (agencyId: string, attends: boolean) => {
    const next = { ...attending };
    if (attends) next[agencyId] = true;
    else delete next[agencyId];
    setAttending(next);
  };

  return (
    <>
      <BackLink to={backHref}>Back to the group</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems submission={submission} fields={FIELDS} />
          <PageHeading caption={options.groupName}>Plan a visit</PageHeading>
          <form onSubmit={(event) => void submit(event)} noValidate>
            {options.premises.length === 0 ? (
              <p className="govuk-body" id="premisesId">
                The group has no premises yet. Add the premises to the group first.
              </p>
            ) : (
              <Select
                id="premisesId"
                label="Premises to visit"
                labelSize="m"
                value={premisesId}
                onChange={setPremisesId}
                emptyOption="Choose one of the group’s premises"
                options={options.premises.map((premises) => ({
                  value: premises.id,
                  text: `${premises.name}, ${premises.addressLine1}, ${premises.postcode}`,
                }))}
                error={submission.fieldErrors['premisesId']}
              />
            )}
            <VisitDetailsFields values={details} onChange={setDetails} errors={submission.fieldErrors} />
            <Fieldset legend="Attending agencies" legendSize="m" describedById="agencies-hint">
              <div className="govuk-hint" id="agencies-hint">
                Member agencies of the group. You can add officers and the powers each agency will use once the visit is
                planned.
              </div>
              {submission.fieldErrors['agencies'] && (
                <p id="agencies" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {submission.fieldErrors['agencies']}
                </p>
              )}
              <ul className="lantern-card-list">
                {options.agencies.map((agency) => (
                  <li key={agency.id}>
                    <Checkbox
                      id={`attends-${agency.id}`}
                      label={`${agency.name} (${AGENCY_TYPE_LABELS[agency.type]})`}
                      checked={agency.id in attending}
                      onChange={(checked) => toggleAgency(agency.id, checked)}
                    />
                    {agency.id in attending && (
                      <Checkbox
                        id={`enters-${agency.id}`}
                        label={
                          <>
                            Its officers will enter the premises
                            <span className="govuk-visually-hidden"> ({agency.name})</span>
                          </>
                        }
                        hint="Untick if they will observe from outside"
                        checked={attending[agency.id]}
                        onChange={(enters) => setAttending({ ...attending, [agency.id]: enters })}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </Fieldset>
            <ButtonGroup>
              <Button disabled={submission.submitting}>Plan the visit</Button>
              <Link className="govuk-link" to={backHref}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
