import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, LoadingPage, PageHeading, usePageTitle } from '@lantern/web/ui';
import {
  ConflictHelp,
  FormProblems,
  graphql,
  QueryProblem,
  useFormSubmission,
  useLatestVersionOnConflict,
} from '@lantern/web/graphql';
import { PremisesForm } from './premises-form';
import {
  PREMISES_FORM_FIELDS,
  premisesFormFrom,
  premisesFormProblems,
  premisesInputFrom,
  type PremisesFormValues,
} from './premises-form-values';

const PremisesToEditQuery = graphql(`
  query PremisesToEdit($id: ID!) {
    premises(id: $id) {
      id
      name
      addressLine1
      addressLine2
      town
      postcode
      uprn
      kind
      use
      status
      licensableActivity
      concernSummary
      version
    }
  }
`);

const UpdatePremisesMutation = graphql(`
  mutation UpdatePremises($id: ID!, $input: PremisesInput!, $version: Int!) {
    updatePremises(id: $id, input: $input, version: $version) {
      id
      name
      addressLine1
      addressLine2
      town
      postcode
      uprn
      kind
      use
      status
      licensableActivity
      concernSummary
      version
      updatedAt
    }
  }
`);

export function EditPremisesPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(PremisesToEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [values, setValues] = useState<PremisesFormValues | null>(null);
  /** The version the user's changes are based on; moves on only when they have been told of someone else's edit. */
  const [version, setVersion] = useState<number | null>(null);
  const submission = useFormSubmission();
  const [updatePremises] = useMutation(UpdatePremisesMutation);
  usePageTitle(values ? `Change ${values.name || 'premises'}` : 'Change premises', submission.hasErrors);

  // Fill the form once, from the saved premises; later fetches never overwrite what the user has typed.
  useEffect(() => {
    if (data && values === null) {
      setValues(premisesFormFrom(data.premises));
      setVersion(data.premises.version);
    }
  }, [data, values]);

  useLatestVersionOnConflict(submission.problem, async () => (await refetch()).data?.premises.version, setVersion);

  if (error && !values) return <QueryProblem error={error} what="premises" onRetry={() => void refetch()} />;
  if (!values || version === null) return <LoadingPage what="premises" />;

  const save = () =>
    submission.submit(premisesFormProblems(values), async () => {
      await updatePremises({ variables: { id, input: premisesInputFrom(values), version } });
      navigate(`/premises/${id}`, { state: { notice: 'Your changes have been saved' } });
    });

  return (
    <>
      <BackLink to={`/premises/${id}`}>Back to premises</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems
            submission={submission}
            fields={PREMISES_FORM_FIELDS}
            conflictHelp={<ConflictHelp latestHref={`/premises/${id}`} />}
          />
          <PageHeading caption="Premises">Change {data?.premises.name ?? 'premises'}</PageHeading>
          <PremisesForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Save changes"
            cancelHref={`/premises/${id}`}
          />
        </div>
      </div>
    </>
  );
}
