import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { CurrentUserQuery } from '@lantern/web/identity';

/**
 * One Apollo Client for the app. The session is an HttpOnly cookie on the same origin, so requests only
 * need `credentials: 'same-origin'`. When the API says a request is not signed in (the session ended),
 * the cached `me` becomes null and the app sends the user to sign in, bringing them back afterwards.
 */
export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({
    typePolicies: {
      // Links to other premises have no id of their own: keep them with the premises that lists them.
      AssociatedPremises: { keyFields: false },
      PremisesPage: { keyFields: false },
    },
  });

  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'SignIn' || operation.operationName === 'CurrentUser') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: CurrentUserQuery, data: { me: null } });
    }
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([sessionEnded, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  });
}
