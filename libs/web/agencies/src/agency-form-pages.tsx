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
import {
  AGENCY_FORM_FIELDS,
  AgencyForm,
  agencyFormFrom,
  agencyFormProblems,
  agencyInputFrom,
  EMPTY_AGENCY_FORM,
  type AgencyFormValues,
} from './agency-form';

const CreateAgencyMutation = graphql(`
  mutation CreateAgency($input: AgencyInput!) {
    createAgency(input: $input) {
      id
      name
      type
      area
      email
      phone
      version
    }
  }
`);

const AgencyToEditQuery = graphql(`
  query AgencyToEdit($id: ID!) {
    agency(id: $id) {
      id
      name
      type
      area
      email
      phone
      version
    }
  }
`);

const UpdateAgencyMutation = graphql(`
  mutation UpdateAgency($id: ID!, $input: AgencyInput!, $version: Int!) {
    updateAgency(id: $id, input: $input, version: $version) {
      id
      name
      type
      area
      email
      phone
      version
    }
  }
`);

export function NewAgencyPage() {
  const navigate = useNavigate();
  const [values, setValues] = useState(EMPTY_AGENCY_FORM);
  const submission = useFormSubmission();
  const [createAgency] = useMutation(CreateAgencyMutation);
  usePageTitle('Add agency', submission.hasErrors);
  const save = () =>
    submission.submit(agencyFormProblems(values), async () => {
      const { data } = await createAgency({ variables: { input: agencyInputFrom(values) } });
      if (data)
        navigate(`/agencies/${data.createAgency.id}`, {
          state: { notice: `${data.createAgency.name} has been added` },
        });
    });
  return (
    <>
      <BackLink to="/agencies">Back to agencies</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems submission={submission} fields={AGENCY_FORM_FIELDS} />
          <PageHeading>Add agency</PageHeading>
          <AgencyForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Add agency"
            cancelHref="/agencies"
          />
        </div>
      </div>
    </>
  );
}

export function EditAgencyPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(AgencyToEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [values, setValues] = useState<AgencyFormValues | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const submission = useFormSubmission();
  const [updateAgency] = useMutation(UpdateAgencyMutation);
  usePageTitle(data ? `Change ${data.agency.name}` : 'Change agency', submission.hasErrors);

  useEffect(() => {
    if (data && values === null) {
      setValues(agencyFormFrom(data.agency));
      setVersion(data.agency.version);
    }
  }, [data, values]);
  useLatestVersionOnConflict(submission.problem, async () => (await refetch()).data?.agency.version, setVersion);

  if (error && !values) return <QueryProblem error={error} what="agency" onRetry={() => void refetch()} />;
  if (!values || version === null) return <LoadingPage what="agency" />;

  const save = () =>
    submission.submit(agencyFormProblems(values), async () => {
      await updateAgency({ variables: { id, input: agencyInputFrom(values), version } });
      navigate(`/agencies/${id}`, { state: { notice: 'Your changes have been saved' } });
    });

  return (
    <>
      <BackLink to={`/agencies/${id}`}>Back to agency</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems
            submission={submission}
            fields={AGENCY_FORM_FIELDS}
            conflictHelp={<ConflictHelp latestHref={`/agencies/${id}`} />}
          />
          <PageHeading caption="Agency">Change {data?.agency.name ?? 'agency'}</PageHeading>
          <AgencyForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Save changes"
            cancelHref={`/agencies/${id}`}
          />
        </div>
      </div>
    </>
  );
}
