import type { ReactNode } from 'react';
import { SkipLink } from './skip-link';

interface PageLayoutProps {
  header: ReactNode;
  footer: ReactNode;
  /** Shown above the main content, e.g. a back link. */
  beforeContent?: ReactNode;
  children: ReactNode;
}

/** The GOV.UK page template: skip link, header, one main landmark, footer. */
export function PageLayout({ header, footer, beforeContent, children }: PageLayoutProps) {
  return (
    <div className="lantern-page">
      <SkipLink />
      {header}
      <div className="govuk-width-container">
        {beforeContent}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      {footer}
    </div>
  );
}
