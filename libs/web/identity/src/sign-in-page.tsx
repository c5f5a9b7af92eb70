import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Navigate, useSearchParams } from 'react-router';
import { emailProblem } from '@lantern/shared/domain';
import {
  Button,
  hasFieldErrors,
  LoadingPage,
  PageHeading,
  TextInput,
  usePageTitle,
  type FieldErrors,
} from '@lantern/web/ui';
import { FormProblems, graphql, useFormSubmission } from '@lantern/web/graphql';
import { CurrentUserQuery, useCurrentUser } from './current-user';
import { safeReturnTo } from './return-to';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      displayName
      email
      role
      agencyId
    }
  }
`);

const FIELDS = { email: 'email', password: 'password' };

function signInProblems(email: string, password: string): FieldErrors {
  return {
    email: emailProblem(email, true) ?? undefined,
    password: password ? undefined : 'Enter your password',
  };
}

export function SignInPage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const { user, loading } = useCurrentUser();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submission = useFormSubmission();
  const [signIn] = useMutation(SignInMutation);
  usePageTitle('Sign in', submission.hasErrors);

  if (loading) return <LoadingPage />;
  // Signed in (or already signed in): go to the page the user wanted.
  if (user) return <Navigate to={returnTo} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.submit(signInProblems(email, password), async () => {
      await signIn({
        variables: { input: { email: email.trim(), password } },
        update: (cache, { data }) => {
          if (data) cache.writeQuery({ query: CurrentUserQuery, data: { me: data.signIn } });
        },
      });
    });
  };

  // Wrong details come back as one message about the pair: show it against the first field, as GOV.UK does.
  const { problem, fieldErrors } = submission;
  const aboutTheDetails =
    problem !== null &&
    !hasFieldErrors(fieldErrors) &&
    (problem.code === 'UNAUTHENTICATED' || problem.code === 'BAD_USER_INPUT');
  const errors: FieldErrors = aboutTheDetails ? { email: problem.message } : fieldErrors;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormProblems
          submission={aboutTheDetails ? { ...submission, fieldErrors: errors, problem: null } : submission}
          fields={FIELDS}
        />
        <PageHeading>Sign in to Lantern</PageHeading>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            id="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={errors['email']}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errors['password']}
          />
          <Button disabled={submission.submitting}>Sign in</Button>
        </form>
        <p className="govuk-body">
          If you have forgotten your password or cannot sign in, ask your Lantern administrator.
        </p>
      </div>
    </div>
  );
}
