import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { ROLE_LABELS, ROLES } from '@lantern/shared/domain';
import {
  BackLink,
  Button,
  ButtonGroup,
  choicesFrom,
  LoadingPage,
  PageHeading,
  Select,
  TextInput,
  usePageTitle,
} from '@lantern/web/ui';
import { FormProblems, graphql, QueryProblem, useFormSubmission } from '@lantern/web/graphql';
import {
  EMPTY_USER_FORM,
  USER_FORM_FIELDS,
  userFormProblems,
  userInputFrom,
  withAgency,
  type UserFormValues,
} from './user-form-values';

const NewUserChoicesQuery = graphql(`
  query NewUserChoices {
    agencies {
      id
      name
      officers {
        id
        name
        active
      }
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation CreateUser($input: NewUserInput!) {
    createUser(input: $input) {
      id
      displayName
    }
  }
`);

/** Administrators add someone who may sign in: their role, agency and, for officers, their officer record. */
export function NewUserPage() {
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(NewUserChoicesQuery);
  const [values, setValues] = useState<UserFormValues>(EMPTY_USER_FORM);
  const submission = useFormSubmission();
  const [createUser] = useMutation(CreateUserMutation, { refetchQueries: ['Users'] });
  usePageTitle('Add user', submission.hasErrors);
  if (error && !data) return <QueryProblem error={error} what="agencies" onRetry={() => void refetch()} />;
  if (!data) return <LoadingPage what="agencies" />;
  const agency = data.agencies.find((candidate) => candidate.id === values.agencyId);
  const officers = (agency?.officers ?? []).filter((officer) => officer.active || officer.id === values.officerId);
  const set = (field: keyof UserFormValues) => (value: string) => setValues({ ...values, [field]: value });
  const errors = submission.fieldErrors;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit(userFormProblems(values), async () => {
      const { data: created } = await createUser({ variables: { input: userInputFrom(values) } });
      navigate('/users', { state: { notice: `${created?.createUser.displayName ?? 'The user'} has been added` } });
    });
  };

  return (
    <>
      <BackLink to="/users">Back to users</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormProblems submission={submission} fields={USER_FORM_FIELDS} />
          <PageHeading>Add user</PageHeading>
          <form onSubmit={save} noValidate>
            <TextInput
              id={USER_FORM_FIELDS.displayName}
              label="Name"
              hint="As colleagues will see it on tasks, visits and actions"
              autoComplete="off"
              spellCheck={false}
              value={values.displayName}
              onChange={set('displayName')}
              error={errors['displayName']}
            />
            <TextInput
              id={USER_FORM_FIELDS.email}
              label="Work email address"
              hint="They sign in with it, and reminders are sent to it"
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={values.email}
              onChange={set('email')}
              error={errors['email']}
            />
            <Select
              id={USER_FORM_FIELDS.role}
              label="Role"
              hint="Board members see counts only; agency officers see their agency’s work"
              emptyOption="Choose a role"
              options={choicesFrom(ROLES, ROLE_LABELS)}
              value={values.role}
              onChange={set('role')}
              error={errors['role']}
            />
            <Select
              id={USER_FORM_FIELDS.agencyId}
              label="Agency"
              emptyOption="Choose an agency"
              options={data.agencies.map((candidate) => ({ value: candidate.id, text: candidate.name }))}
              value={values.agencyId}
              onChange={(agencyId) => setValues(withAgency(values, agencyId))}
              error={errors['agencyId']}
            />
            {agency && (
              <Select
                id={USER_FORM_FIELDS.officerId}
                label="Officer record (optional)"
                hint="The officer this user is: the tasks and visits given to that officer become theirs"
                emptyOption="None"
                options={officers.map((officer) => ({ value: officer.id, text: officer.name }))}
                value={values.officerId}
                onChange={set('officerId')}
                error={errors['officerId']}
              />
            )}
            <TextInput
              id={USER_FORM_FIELDS.password}
              label="First password"
              hint="12 characters or more. Give it to them in person or by phone, never in the same email as their address"
              type="password"
              autoComplete="new-password"
              spellCheck={false}
              value={values.password}
              onChange={set('password')}
              error={errors['password']}
            />
            <ButtonGroup>
              <Button disabled={submission.submitting}>Add user</Button>
              <Link className="govuk-link" to="/users">
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}
