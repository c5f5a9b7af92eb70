import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { BackLink, PageHeading, usePageTitle } from '@lantern/web/ui';
import { FormProblems, graphql, useFormSubmission } from '@lantern/web/graphql';
import { useCurrentUser } from '@lantern/web/identity';
import { GroupForm } from './group-form';
import { GROUP_FORM_FIELDS, groupFormProblems, type GroupFormValues } from './group-form-values';
import { PremisesPicker, type ChosenPremises } from './premises-picker';

const FormGroupMutation = graphql(`
  mutation FormGroup($input: NewGroupInput!) {
    formGroup(input: $input) {
      id
      name
    }
  }
`);

const StartingPremisesQuery = graphql(`
  query StartingPremises($id: ID!) {
    premises(id: $id) {
      id
      name
      postcode
    }
  }
`);

/** Form a task and finish group, usually from the page of the premises it is for. */
export function NewGroupPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const startingId = params.get('premisesId');
  const { user } = useCurrentUser();
  const [values, setValues] = useState<GroupFormValues>({
    name: '',
    objective: '',
    termsOfReference: '',
    leadAgencyId: '',
    coordinatorUserId: '',
    memberAgencyIds: [],
    premisesIds: [],
  });
  const [chosen, setChosen] = useState<ChosenPremises[]>([]);
  const submission = useFormSubmission();
  const [formGroup] = useMutation(FormGroupMutation);
  const starting = useQuery(StartingPremisesQuery, { variables: { id: startingId ?? '' }, skip: !startingId });
  usePageTitle('Form a task and finish group', submission.hasErrors);

  // Start from the premises the user came from, led by their own agency and coordinated by them.
  useEffect(() => {
    const premises = starting.data?.premises;
    if (premises) {
      setChosen((current) => (current.length ? current : [premises]));
      setValues((current) => (current.name ? current : { ...current, name: `${premises.name} disruption` }));
    }
  }, [starting.data]);
  useEffect(() => {
    if (user)
      setValues((current) => ({
        ...current,
        leadAgencyId: current.leadAgencyId || user.agencyId,
        coordinatorUserId: current.coordinatorUserId || user.id,
      }));
  }, [user]);

  const current = { ...values, premisesIds: chosen.map((premises) => premises.id) };
  const save = () =>
    submission.submit(groupFormProblems(current, { needsPremises: true }), async () => {
      const { data } = await formGroup({
        variables: {
          input: {
            name: current.name,
            objective: current.objective,
            termsOfReference: current.termsOfReference || null,
            leadAgencyId: current.leadAgencyId,
            coordinatorUserId: current.coordinatorUserId,
            memberAgencyIds: current.memberAgencyIds,
            premisesIds: current.premisesIds,
          },
        },
      });
      if (data)
        navigate(`/groups/${data.formGroup.id}`, { state: { notice: `${data.formGroup.name} has been formed` } });
    });

  return (
    <>
      <BackLink to={startingId ? `/premises/${startingId}` : '/groups'}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems submission={submission} fields={GROUP_FORM_FIELDS} />
          <PageHeading>Form a task and finish group</PageHeading>
          <GroupForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Form the group"
            cancelHref={startingId ? `/premises/${startingId}` : '/groups'}
            forming={
              <PremisesPicker
                id={GROUP_FORM_FIELDS.premisesIds}
                chosen={chosen}
                onChange={setChosen}
                error={submission.fieldErrors['premisesIds']}
              />
            }
          />
        </div>
      </div>
    </>
  );
}
