import { useCallback, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '@lantern/web/graphql';
import { CurrentUserQuery } from './current-user';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session, forgets everything cached for this user, and goes to the sign-in page. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate] = useMutation(SignOutMutation);
  const [signingOut, setSigningOut] = useState(false);
  const signOut = useCallback(async () => {
    setSigningOut(true);
    try {
      await mutate();
    } catch {
      // The session may have ended already; the user is signed out on this device either way.
    } finally {
      navigate('/sign-in', { replace: true });
      await client.clearStore();
      client.writeQuery({ query: CurrentUserQuery, data: { me: null } });
      setSigningOut(false);
    }
  }, [client, mutate, navigate]);
  return { signOut, signingOut };
}
