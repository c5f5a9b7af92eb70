import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { BackLink, PageHeading, usePageTitle } from '@lantern/web/ui';
import { FormProblems, graphql, useFormSubmission } from '@lantern/web/graphql';
import { PremisesForm } from './premises-form';
import {
  EMPTY_PREMISES_FORM,
  PREMISES_FORM_FIELDS,
  premisesFormProblems,
  premisesInputFrom,
} from './premises-form-values';

const CreatePremisesMutation = graphql(`
  mutation CreatePremises($input: PremisesInput!) {
    createPremises(input: $input) {
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

export function NewPremisesPage() {
  const navigate = useNavigate();
  const [values, setValues] = useState(EMPTY_PREMISES_FORM);
  const submission = useFormSubmission();
  const [createPremises] = useMutation(CreatePremisesMutation);
  usePageTitle('Add premises', submission.hasErrors);

  const save = () =>
    submission.submit(premisesFormProblems(values), async () => {
      const { data } = await createPremises({ variables: { input: premisesInputFrom(values) } });
      if (data)
        navigate(`/premises/${data.createPremises.id}`, {
          state: { notice: `${data.createPremises.name} has been added` },
        });
    });

  return (
    <>
      <BackLink to="/premises">Back to premises</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems submission={submission} fields={PREMISES_FORM_FIELDS} />
          <PageHeading>Add premises</PageHeading>
          <PremisesForm
            values={values}
            onChange={setValues}
            errors={submission.fieldErrors}
            onSubmit={() => void save()}
            submitting={submission.submitting}
            submitLabel="Add premises"
            cancelHref="/premises"
          />
        </div>
      </div>
    </>
  );
}
