import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from './page-title';

/** While a page's data loads: announced politely, with a heading so the page still has one. */
export function LoadingPage({ what = 'page' }: { what?: string }) {
  usePageTitle('Loading');
  return (
    <div role="status" aria-live="polite">
      <h1 className="govuk-visually-hidden">Loading {what}</h1>
      <p className="govuk-body">Loading {what}…</p>
    </div>
  );
}

/** A short "Loading…" line inside a page that already has its heading. */
export function LoadingMessage({ what }: { what: string }) {
  return (
    <p className="govuk-body" role="status">
      Loading {what}…
    </p>
  );
}

/** What a user sees when their role does not let them see a page (the API refused, or the app knows it will). */
export function AccessDeniedPage() {
  usePageTitle('You do not have access');
  return (
    <>
      <h1 className="govuk-heading-l">You do not have access to this page</h1>
      <p className="govuk-body">
        Your role does not let you see this information. Partnership board members see outcomes, not the details of
        premises, people or officers.
      </p>
      <p className="govuk-body">If you need access for your work, ask your Lantern administrator.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
      </p>
    </>
  );
}

export function PageNotFound({ what }: { what?: string }) {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">
        {what
          ? `The ${what} you asked for was not found, or you do not have access to it.`
          : 'If you typed the web address, check it is correct.'}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
      </p>
    </>
  );
}

/** Something went wrong that the user cannot fix by changing what they entered. */
export function ServiceProblemPage({
  message,
  onRetry,
  children,
}: {
  message?: string;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">{message ?? 'Try again later.'}</p>
      {children}
      {onRetry && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </>
  );
}
