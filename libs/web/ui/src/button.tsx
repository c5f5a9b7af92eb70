import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { classNames } from './class-names';

type ButtonVariant = 'primary' | 'secondary' | 'warning';

function buttonClass(variant: ButtonVariant, small?: boolean, extra?: string): string {
  return classNames(
    'govuk-button',
    variant !== 'primary' && `govuk-button--${variant}`,
    small && 'lantern-button--small',
    extra,
  );
}

interface ButtonProps {
  children: ReactNode;
  type?: 'submit' | 'button';
  variant?: ButtonVariant;
  onClick?: () => void;
  disabled?: boolean;
  /** A compact button for actions inside tables and lists. */
  small?: boolean;
  className?: string;
}

export function Button({
  children,
  type = 'submit',
  variant = 'primary',
  onClick,
  disabled,
  small,
  className,
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClass(variant, small, className)}
      onClick={onClick}
      disabled={disabled}
      aria-disabled={disabled || undefined}
    >
      {children}
    </button>
  );
}

/** A link that looks like a button: for starting something, e.g. "Add premises". */
export function ButtonLink({
  to,
  children,
  variant = 'primary',
}: {
  to: string;
  children: ReactNode;
  variant?: ButtonVariant;
}) {
  return (
    <Link to={to} className={buttonClass(variant)} draggable={false}>
      {children}
    </Link>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
