import { useQuery } from '@apollo/client/react';
import { graphql } from '@lantern/web/graphql';
import type { Role } from '@lantern/shared/domain';

export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      displayName
      email
      role
      agencyId
    }
  }
`);

export interface CurrentUser {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  agencyId: string;
}

/** Who is signed in (null when nobody is), from the `me` query; one request, then the cache. */
export function useCurrentUser(): { user: CurrentUser | null; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(CurrentUserQuery);
  return { user: data?.me ?? null, loading: loading && !data, error };
}
