import { AccessDeniedPage, PageNotFound, ServiceProblemPage } from '@lantern/web/ui';
import { Link } from 'react-router';
import { apiProblemOf } from './api-problem';

/** The whole-page answer to a query that failed: no access, not found, signed out, or a problem on our side. */
export function QueryProblem({ error, what, onRetry }: { error: unknown; what?: string; onRetry?: () => void }) {
  const problem = apiProblemOf(error);
  switch (problem.code) {
    case 'FORBIDDEN':
      return <AccessDeniedPage />;
    case 'NOT_FOUND':
      return <PageNotFound what={what} />;
    case 'UNAUTHENTICATED':
      return (
        <ServiceProblemPage message="You have been signed out.">
          <p className="govuk-body">
            <Link className="govuk-link" to="/sign-in">
              Sign in again
            </Link>
          </p>
        </ServiceProblemPage>
      );
    default:
      return <ServiceProblemPage message={problem.message} onRetry={onRetry} />;
  }
}
