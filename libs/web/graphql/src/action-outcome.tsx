import { useState, type ReactNode } from 'react';
import { NotificationBanner } from '@lantern/web/ui';
import { apiProblemOf } from './api-problem';

/**
 * For a one-click action outside a form (disable a user, link a report, add to the agenda): `run` sends it and says
 * what happened in a banner that takes focus, the API's own words when it is refused.
 */
export function useActionOutcome(): {
  run: (action: () => Promise<unknown>, success: string) => Promise<boolean>;
  banner: ReactNode;
} {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string; key: number } | null>(null);
  const run = async (action: () => Promise<unknown>, success: string) => {
    const key = Date.now();
    try {
      await action();
      setOutcome({ ok: true, text: success, key });
      return true;
    } catch (failure) {
      setOutcome({ ok: false, text: apiProblemOf(failure).message, key });
      return false;
    }
  };
  const banner = outcome && (
    <NotificationBanner
      type={outcome.ok ? 'success' : 'important'}
      heading={outcome.text}
      focusOnShow
      focusKey={outcome.key}
    />
  );
  return { run, banner };
}
