import { useEffect, useId, useRef, type ReactNode } from 'react';
import { classNames } from './class-names';

interface NotificationBannerProps {
  /** success: something the user did worked; important: something they need to know (e.g. an edit conflict). */
  type?: 'important' | 'success';
  title?: string;
  heading: ReactNode;
  children?: ReactNode;
  /** Take focus when shown, so screen reader users hear it at once. */
  focusOnShow?: boolean;
  focusKey?: number;
}

export function NotificationBanner({
  type = 'important',
  title,
  heading,
  children,
  focusOnShow,
  focusKey,
}: NotificationBannerProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
  }, [focusOnShow, focusKey]);
  return (
    <div
      ref={ref}
      tabIndex={focusOnShow ? -1 : undefined}
      className={classNames('govuk-notification-banner', type === 'success' && 'govuk-notification-banner--success')}
      role={type === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (type === 'success' ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
