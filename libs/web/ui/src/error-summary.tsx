import { useEffect, useRef, type MouseEvent } from 'react';
import type { ErrorSummaryItem } from './field-errors';

interface ErrorSummaryProps {
  items: ErrorSummaryItem[];
  title?: string;
  /** Change it (e.g. count the submissions) to move focus to the summary again. */
  focusKey?: number;
}

/** Moves focus to the input the link is about, with its label or legend in view (as govuk-frontend's script does). */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const input = document.getElementById(fieldId);
  if (!input) return;
  event.preventDefault();
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (legend ?? label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/** "There is a problem": every error on the page, each linking to its field; takes focus when it appears. */
export function ErrorSummary({ items, title = 'There is a problem', focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = items.map((item) => `${item.fieldId ?? ''}:${item.message}`).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature, focusKey]);
  if (items.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item, index) => (
              <li key={`${item.fieldId ?? 'form'}-${index}`}>
                {item.fieldId ? (
                  <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId as string)}>
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
