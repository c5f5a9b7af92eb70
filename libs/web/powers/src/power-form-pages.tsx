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
import { PowerForm } from './power-form';
import {
  EMPTY_POWER_FORM,
  POWER_FORM_FIELDS,
  powerFormFrom,
  powerFormProblems,
  powerInputFrom,
  type PowerFormValues,
} from './power-form-values';

const CreatePowerMutation = graphql(`
  mutation CreatePower($input: PowerInput!) {
    createPower(input: $input) {
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

const PowerToEditQuery = graphql(`
  query PowerToEdit($id: ID!) {
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

const UpdatePowerMutation = graphql(`
  mutation UpdatePower($id: ID!, $input: PowerInput!, $version: Int!) {
    updatePower(id: $id, input: $input, version: $version) {
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

/** A premises-kinds error from the server belongs to the checkboxes when they are shown, else to the "which premises" question. */
function fieldIds(values: PowerFormValues): Record<string, string> {
  return { ...POWER_FORM_FIELDS, premisesKinds: values.premisesScope === 'SOME' ? 'premisesKinds' : 'premisesScope' };
}

export function NewPowerPage() {
  const navigate = useNavigate();
  const [values, setValues] = useState(EMPTY_POWER_FORM);
  const submission = useFormSubmission();
  const [createPower] = useMutation(CreatePowerMutation);
  usePageTitle('Add power', submission.hasErrors);
  const save = () =>
    submission.submit(powerFormProblems(values), async () => {
      const { data } = await createPower({ variables: { input: powerInputFrom(values) } });
      if (data)
        navigate(`/powers/${data.createPower.id}`, {
          state: { notice: `${data.createPower.name} has been added to the catalogue` },
        });
    });
  return (
    <>
      <BackLink to="/powers">Back to powers</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems submission={submission} fields={fieldIds(values)} />
          <PageHeading>Add power</PageHeading>
          <PowerForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Add power"
            cancelHref="/powers"
          />
        </div>
      </div>
    </>
  );
}

export function EditPowerPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(PowerToEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [values, setValues] = useState<PowerFormValues | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const submission = useFormSubmission();
  const [updatePower] = useMutation(UpdatePowerMutation);
  usePageTitle(data ? `Change ${data.power.name}` : 'Change power', submission.hasErrors);

  useEffect(() => {
    if (data && values === null) {
      setValues(powerFormFrom(data.power));
      setVersion(data.power.version);
    }
  }, [data, values]);
  useLatestVersionOnConflict(submission.problem, async () => (await refetch()).data?.power.version, setVersion);

  if (error && !values) return <QueryProblem error={error} what="power" onRetry={() => void refetch()} />;
  if (!values || version === null) return <LoadingPage what="power" />;

  const save = () =>
    submission.submit(powerFormProblems(values), async () => {
      await updatePower({ variables: { id, input: powerInputFrom(values), version } });
      navigate(`/powers/${id}`, { state: { notice: 'Your changes have been saved' } });
    });

  return (
    <>
      <BackLink to={`/powers/${id}`}>Back to power</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems
            submission={submission}
            fields={fieldIds(values)}
            conflictHelp={<ConflictHelp latestHref={`/powers/${id}`} />}
          />
          <PageHeading caption="Power">Change {data?.power.name ?? 'power'}</PageHeading>
          <PowerForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Save changes"
            cancelHref={`/powers/${id}`}
          />
        </div>
      </div>
    </>
  );
}
