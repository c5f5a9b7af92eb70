import { useEffect } from 'react';

export const SERVICE_NAME = 'Lantern';

/** Sets the browser tab's title, e.g. "Premises – Lantern"; prefixed "Error: " while a form shows errors (GOV.UK pattern). */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasErrors]);
}
