import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type TagColour =
  'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

/** A short status label, like "Under monitoring". */
export function Tag({ colour, children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={classNames('govuk-tag', colour && `govuk-tag--${colour}`)}>{children}</strong>;
}
