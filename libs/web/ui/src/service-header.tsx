import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface NavigationItem {
  href: string;
  text: string;
  /** The section the current page belongs to. */
  active?: boolean;
}

export interface SignedInUser {
  displayName: string;
  roleLabel?: string;
}

interface ServiceHeaderProps {
  serviceName: string;
  navigation: NavigationItem[];
  user?: SignedInUser | null;
  onSignOut?: () => void;
  signingOut?: boolean;
  /** Beside who is signed in, e.g. the link to their notifications. */
  accountLinks?: ReactNode;
  /** Under the navigation, e.g. a phase banner; inside the header so it sits in a landmark. */
  children?: ReactNode;
}

/** The service's name, its sections and who is signed in (GOV.UK service navigation). */
export function ServiceHeader({
  serviceName,
  navigation,
  user,
  onSignOut,
  signingOut,
  accountLinks,
  children,
}: ServiceHeaderProps) {
  return (
    <header className="lantern-header">
      <div className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to="/" className="govuk-service-navigation__link">
                {serviceName}
              </Link>
            </span>
            {navigation.length > 0 && (
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  {navigation.map((item) => (
                    <li
                      key={item.href}
                      className={`govuk-service-navigation__item${item.active ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <Link
                        className="govuk-service-navigation__link"
                        to={item.href}
                        aria-current={item.active ? 'true' : undefined}
                      >
                        {item.active ? (
                          <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                        ) : (
                          item.text
                        )}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {user && (
              <div className="lantern-header__account">
                {accountLinks}
                <p className="govuk-body-s lantern-header__user">
                  <span className="govuk-visually-hidden">Signed in as </span>
                  {user.displayName}
                  {user.roleLabel && <span className="lantern-header__role"> ({user.roleLabel})</span>}
                </p>
                {onSignOut && (
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary lantern-header__sign-out"
                    onClick={onSignOut}
                    disabled={signingOut}
                  >
                    Sign out
                  </button>
                )}
              </div>
            )}
          </div>
        </div>
      </div>
      {children && <div className="govuk-width-container">{children}</div>}
    </header>
  );
}
