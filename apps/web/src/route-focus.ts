import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * In a single-page app the browser does not announce a new page. After each move to another page, put focus
 * at the start of the main content (as a full page load would start there) and scroll to the top. The main
 * element stays while the page loads, so focus is not lost when the loading message is replaced.
 */
export function useFocusOnPageChange(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main-content');
    if (!main || main.contains(document.activeElement)) {
      window.scrollTo(0, 0);
      return;
    }
    main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);
}
