import { useEffect, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
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
import { GroupForm } from './group-form';
import { GROUP_FORM_FIELDS, groupFormProblems, type GroupFormValues } from './group-form-values';
import { GroupDetailQuery } from './group-queries';

const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($id: ID!, $version: Int!, $input: GroupInput!) {
    updateGroup(id: $id, version: $version, input: $input) {
      id
      name
      objective
      termsOfReference
      version
      updatedAt
    }
  }
`);

export function EditGroupPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(GroupDetailQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [values, setValues] = useState<GroupFormValues | null>(null);
  const [version, setVersion] = useState(0);
  const submission = useFormSubmission();
  const [updateGroup] = useMutation(UpdateGroupMutation);
  usePageTitle('Change group details', submission.hasErrors);

  useEffect(() => {
    const group = data?.group;
    if (group && !values) {
      setValues({
        name: group.name,
        objective: group.objective,
        termsOfReference: group.termsOfReference,
        leadAgencyId: group.leadAgency.id,
        coordinatorUserId: group.coordinator.id,
        memberAgencyIds: [],
        premisesIds: [],
      });
      setVersion(group.version);
    }
  }, [data, values]);
  useLatestVersionOnConflict(
    submission.problem,
    async () =>
      (await client.query({ query: GroupDetailQuery, variables: { id }, fetchPolicy: 'network-only' })).data?.group
        .version,
    setVersion,
  );

  if (error && !data) return <QueryProblem error={error} what="group" onRetry={() => void refetch()} />;
  if (!data || !values) return <LoadingPage what="group" />;

  const save = () =>
    submission.submit(groupFormProblems(values, { needsPremises: false }), async () => {
      await updateGroup({
        variables: {
          id,
          version,
          input: {
            name: values.name,
            objective: values.objective,
            termsOfReference: values.termsOfReference || null,
            leadAgencyId: values.leadAgencyId,
            coordinatorUserId: values.coordinatorUserId,
          },
        },
      });
      navigate(`/groups/${id}`, { state: { notice: 'Your changes have been saved' } });
    });

  return (
    <>
      <BackLink to={`/groups/${id}`}>Back to the group</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems
            submission={submission}
            fields={GROUP_FORM_FIELDS}
            conflictHelp={<ConflictHelp latestHref={`/groups/${id}`} />}
          />
          <PageHeading caption={data.group.name}>Change group details</PageHeading>
          <GroupForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Save changes"
            cancelHref={`/groups/${id}`}
          />
        </div>
      </div>
    </>
  );
}
