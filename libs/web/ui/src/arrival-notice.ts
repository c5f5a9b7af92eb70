import { useLocation } from 'react-router';

/** A message from the page the user came from (navigate(to, { state: { notice } })), e.g. "Your changes have been saved". */
export function useArrivalNotice(): string | null {
  const { state } = useLocation();
  const notice = (state as { notice?: unknown } | null)?.notice;
  return typeof notice === 'string' ? notice : null;
}
