import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, Button, ButtonGroup, LoadingPage, PageHeading, usePageTitle } from '@lantern/web/ui';
import {
  ConflictHelp,
  FormProblems,
  graphql,
  QueryProblem,
  useFormSubmission,
  useLatestVersionOnConflict,
} from '@lantern/web/graphql';
import { VisitDetailsFields } from './visit-details-fields';
import {
  VISIT_DETAILS_FIELDS,
  visitDetailsFieldErrors,
  visitDetailsFormFrom,
  visitDetailsFormProblems,
  visitDetailsInputFrom,
  type VisitDetailsFormValues,
} from './visit-details-form-values';

const VisitPlanToEditQuery = graphql(`
  query VisitPlanToEdit($id: ID!) {
    visitPlan(id: $id) {
      id
      version
      status
      startsAt
      endsAt
      rendezvousPoint
      riskLevel
      riskAssessment
      briefingNotes
      premises {
        id
        name
      }
    }
  }
`);

const UpdateVisitPlanMutation = graphql(`
  mutation UpdateVisitPlan($id: ID!, $version: Int!, $input: VisitDetailsInput!) {
    updateVisitPlan(id: $id, version: $version, input: $input) {
      id
      version
      startsAt
      endsAt
      rendezvousPoint
      riskLevel
      riskAssessment
      briefingNotes
    }
  }
`);

export function EditVisitPlanPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(VisitPlanToEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [values, setValues] = useState<VisitDetailsFormValues | null>(null);
  /** The version the user's changes are based on; moves on only when they have been told of someone else's edit. */
  const [version, setVersion] = useState<number | null>(null);
  const submission = useFormSubmission(visitDetailsFieldErrors);
  const [updateVisitPlan] = useMutation(UpdateVisitPlanMutation);
  usePageTitle('Change the visit', submission.hasErrors);

  // Fill the form once, from the saved plan; later fetches never overwrite what the user has typed.
  useEffect(() => {
    if (data && values === null) {
      setValues(visitDetailsFormFrom(data.visitPlan));
      setVersion(data.visitPlan.version);
    }
  }, [data, values]);

  useLatestVersionOnConflict(submission.problem, async () => (await refetch()).data?.visitPlan.version, setVersion);

  if (error && !values) return <QueryProblem error={error} what="visit plan" onRetry={() => void refetch()} />;
  if (!values || version === null) return <LoadingPage what="visit plan" />;
  const backHref = `/visits/${id}`;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await submission.submit(visitDetailsFormProblems(values), async () => {
      await updateVisitPlan({ variables: { id, version, input: visitDetailsInputFrom(values) } });
      navigate(backHref, { state: { notice: 'Your changes have been saved' } });
    });
  };

  return (
    <>
      <BackLink to={backHref}>Back to the visit</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems
            submission={submission}
            fields={VISIT_DETAILS_FIELDS}
            conflictHelp={<ConflictHelp latestHref={backHref} />}
          />
          <PageHeading caption={`Visit to ${data?.visitPlan.premises?.name ?? 'the premises'}`}>
            Change the visit
          </PageHeading>
          <form onSubmit={(event) => void save(event)} noValidate>
            <VisitDetailsFields values={values} onChange={setValues} errors={submission.fieldErrors} />
            <ButtonGroup>
              <Button disabled={submission.submitting}>Save changes</Button>
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
