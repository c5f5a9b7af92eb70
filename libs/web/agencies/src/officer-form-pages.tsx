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
  EMPTY_OFFICER_FORM,
  OFFICER_FORM_FIELDS,
  OfficerForm,
  officerFormFrom,
  officerFormProblems,
  officerInputFrom,
  type OfficerFormValues,
} from './officer-form';

const AgencyNameQuery = graphql(`
  query AgencyName($id: ID!) {
    agency(id: $id) {
      id
      name
    }
  }
`);

const CreateOfficerMutation = graphql(`
  mutation CreateOfficer($agencyId: ID!, $input: OfficerInput!) {
    createOfficer(agencyId: $agencyId, input: $input) {
      id
      name
      jobTitle
      email
      phone
      active
      version
    }
  }
`);

const OfficerToEditQuery = graphql(`
  query OfficerToEdit($id: ID!) {
    officer(id: $id) {
      id
      name
      jobTitle
      email
      phone
      active
      version
      agency {
        id
        name
      }
    }
  }
`);

const UpdateOfficerMutation = graphql(`
  mutation UpdateOfficer($id: ID!, $input: OfficerInput!, $version: Int!) {
    updateOfficer(id: $id, input: $input, version: $version) {
      id
      name
      jobTitle
      email
      phone
      active
      version
    }
  }
`);

export function NewOfficerPage() {
  const { agencyId = '' } = useParams();
  const navigate = useNavigate();
  const agency = useQuery(AgencyNameQuery, { variables: { id: agencyId } });
  const [values, setValues] = useState(EMPTY_OFFICER_FORM);
  const submission = useFormSubmission();
  const [createOfficer] = useMutation(CreateOfficerMutation);
  usePageTitle('Add officer', submission.hasErrors);
  if (agency.error && !agency.data) return <QueryProblem error={agency.error} what="agency" />;
  const agencyName = agency.data?.agency.name;

  const save = () =>
    submission.submit(officerFormProblems(values), async () => {
      const { data } = await createOfficer({ variables: { agencyId, input: officerInputFrom(values) } });
      navigate(`/agencies/${agencyId}`, {
        state: { notice: `${data?.createOfficer.name ?? 'The officer'} has been added` },
      });
    });

  return (
    <>
      <BackLink to={`/agencies/${agencyId}`}>Back to agency</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems submission={submission} fields={OFFICER_FORM_FIELDS} />
          <PageHeading caption={agencyName}>Add officer</PageHeading>
          <OfficerForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Add officer"
            cancelHref={`/agencies/${agencyId}`}
          />
        </div>
      </div>
    </>
  );
}

export function EditOfficerPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(OfficerToEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [values, setValues] = useState<OfficerFormValues | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const submission = useFormSubmission();
  const [updateOfficer] = useMutation(UpdateOfficerMutation);
  usePageTitle(data ? `Change ${data.officer.name}` : 'Change officer', submission.hasErrors);

  useEffect(() => {
    if (data && values === null) {
      setValues(officerFormFrom(data.officer));
      setVersion(data.officer.version);
    }
  }, [data, values]);
  useLatestVersionOnConflict(submission.problem, async () => (await refetch()).data?.officer.version, setVersion);

  if (error && !values) return <QueryProblem error={error} what="officer" onRetry={() => void refetch()} />;
  if (!values || version === null || !data) return <LoadingPage what="officer" />;
  const agency = data.officer.agency;

  const save = () =>
    submission.submit(officerFormProblems(values), async () => {
      await updateOfficer({ variables: { id, input: officerInputFrom(values), version } });
      navigate(`/agencies/${agency.id}`, { state: { notice: 'Your changes have been saved' } });
    });

  return (
    <>
      <BackLink to={`/agencies/${agency.id}`}>Back to agency</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems
            submission={submission}
            fields={OFFICER_FORM_FIELDS}
            conflictHelp={<ConflictHelp latestHref={`/agencies/${agency.id}`} />}
          />
          <PageHeading caption={agency.name}>Change {data.officer.name}</PageHeading>
          <OfficerForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Save changes"
            cancelHref={`/agencies/${agency.id}`}
          />
        </div>
      </div>
    </>
  );
}
