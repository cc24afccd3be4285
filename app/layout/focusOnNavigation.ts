import { useRouter } from '@tanstack/react-router';
import { useEffect, type RefObject } from 'react';

/** How long to wait for the new page's heading (a case is read from the device before it shows). */
const WAIT_FOR_HEADING_MS = 5000;
/** After this long, a heading that looks like the old page's is taken as the new page's. */
const SAME_HEADING_AFTER_MS = 600;

/**
 * Moves keyboard focus to the new page's main heading after every change of page (Continue, a
 * link, Back, the browser's back button), so that a screen reader announces the page as it would
 * after a full page load; without it focus stays on the pressed control, or falls to <body>, and
 * nothing is said.
 *
 * - Not on the first load of the app: as on any web page, focus starts at the top of the document,
 *   where the skip link is the first stop (GOV.UK pages leave focus there too).
 * - A page that moves focus itself wins: a Change link's field (`?focus=`), or an error summary.
 * - The heading is waited for: pages of a case are drawn only once the case is read.
 */
export function useFocusOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const router = useRouter();
  useEffect(() => {
    let previousHeading: HTMLElement | null = null;
    let previousText = '';
    let focusedBefore: Element | null = null;
    let frame = 0;
    const cancel = () => {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    };
    const stopBefore = router.subscribe('onBeforeNavigate', () => {
      previousHeading = mainRef.current?.querySelector<HTMLElement>('h1') ?? null;
      previousText = previousHeading?.textContent ?? '';
      focusedBefore = document.activeElement;
    });
    const stopResolved = router.subscribe('onResolved', (event) => {
      if (!event.fromLocation || !event.hrefChanged) return;
      cancel();
      const started = performance.now();
      const oldHeading = previousHeading;
      const oldText = previousText;
      const oldFocus = focusedBefore;
      const attempt = () => {
        frame = 0;
        const main = mainRef.current;
        const waited = performance.now() - started;
        const heading = main?.querySelector<HTMLElement>('h1');
        const isNew = heading && (heading !== oldHeading || heading.textContent !== oldText || waited > SAME_HEADING_AFTER_MS);
        if (!main || !heading || !isNew) {
          if (waited < WAIT_FOR_HEADING_MS) frame = requestAnimationFrame(attempt);
          return;
        }
        const active = document.activeElement;
        const pageTookFocus = active && active !== document.body && active !== main && active !== oldFocus && active.isConnected && main.contains(active);
        if (pageTookFocus) return;
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      };
      frame = requestAnimationFrame(attempt);
    });
    return () => {
      cancel();
      stopBefore();
      stopResolved();
    };
  }, [router, mainRef]);
}
