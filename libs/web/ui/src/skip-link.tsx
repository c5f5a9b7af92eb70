import type { MouseEvent } from 'react';

/** Lets keyboard users jump past the header to the page's main content. */
export function SkipLink({ targetId = 'main-content' }: { targetId?: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView();
  };
  return (
    <a href={`#${targetId}`} className="govuk-skip-link" onClick={skip}>
      Skip to main content
    </a>
  );
}
