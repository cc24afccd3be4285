import { useEffect, useSyncExternalStore } from 'react';

let activeCount = 0;
const listeners = new Set<() => void>();

function setActive(delta: number) {
  activeCount += delta;
  document.documentElement.classList.toggle('app-training-mode', activeCount > 0);
  for (const listener of listeners) listener();
}

/**
 * Marks the page as training mode while the calling page is shown: the layout then shows the
 * training banner and a purple bar, so that nobody mistakes a training copy for a real case.
 */
export function useTrainingMode(active: boolean) {
  useEffect(() => {
    if (!active) return;
    setActive(1);
    return () => setActive(-1);
  }, [active]);
}

/** Whether the page now shown is in training mode (for the layout's banner). */
export function useIsTrainingMode(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => activeCount > 0,
  );
}
