import type { ReactNode } from 'react';
import { classNames } from './class-names';

/** Wraps one question: red bar on the left when it has an error. */
export function FormGroup({
  error,
  children,
  className,
}: {
  error?: string | null;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error', className)}>{children}</div>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="govuk-hint">
      {children}
    </div>
  );
}

/** The message under a question that says what is wrong with the answer. */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

/** The ids the input points to with aria-describedby: its hint and its error. */
export function describedBy(id: string, hint?: ReactNode, error?: string | null): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export type LabelSize = 's' | 'm' | 'l';

export function Label({ htmlFor, size, children }: { htmlFor: string; size?: LabelSize; children: ReactNode }) {
  return (
    <label className={classNames('govuk-label', size && `govuk-label--${size}`)} htmlFor={htmlFor}>
      {children}
    </label>
  );
}

interface FieldsetProps {
  legend: ReactNode;
  legendSize?: LabelSize;
  /** The legend is the page's heading (a one-question page). */
  legendIsHeading?: boolean;
  describedById?: string;
  children: ReactNode;
}

export function Fieldset({ legend, legendSize, legendIsHeading, describedById, children }: FieldsetProps) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedById}>
      <legend className={classNames('govuk-fieldset__legend', legendSize && `govuk-fieldset__legend--${legendSize}`)}>
        {legendIsHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
