import type { ReactNode } from 'react';
import { classNames } from './class-names';

/** The page's one h1, with an optional caption above it (e.g. "Premises"). */
export function PageHeading({
  children,
  caption,
  size = 'l',
}: {
  children: ReactNode;
  caption?: string;
  size?: 'xl' | 'l' | 'm';
}) {
  return (
    <>
      {caption && <span className={classNames('govuk-caption-l')}>{caption}</span>}
      <h1 className={`govuk-heading-${size}`}>{children}</h1>
    </>
  );
}
