import { useSyncExternalStore } from 'react';

/** What the page knows about the service worker. */
export interface OfflineState {
  /** A new version has installed and waits for the caseworker to accept it. */
  updateWaiting: boolean;
  /** The app has just been stored for offline use for the first time. */
  offlineReady: boolean;
}

let state: OfflineState = { updateWaiting: false, offlineReady: false };
const listeners = new Set<() => void>();
let waitingWorker: ServiceWorker | null = null;

function setState(next: Partial<OfflineState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function watchInstalling(worker: ServiceWorker | null) {
  if (!worker) return;
  worker.addEventListener('statechange', () => {
    if (worker.state !== 'installed') return;
    if (navigator.serviceWorker.controller) {
      waitingWorker = worker;
      setState({ updateWaiting: true });
    } else {
      setState({ offlineReady: true });
    }
  });
}

/**
 * Registers the service worker (built app only). A version that is already waiting, or one that
 * installs later, is reported as `updateWaiting`; nothing reloads until `acceptUpdate` is called.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  startingController = navigator.serviceWorker.controller;
  const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
  if (registration.waiting && navigator.serviceWorker.controller) {
    waitingWorker = registration.waiting;
    setState({ updateWaiting: true });
  }
  watchInstalling(registration.installing);
  registration.addEventListener('updatefound', () => watchInstalling(registration.installing));
  // Look for a new version whenever the caseworker comes back to the tab.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  });
}

/** The controller this page started with: when another tab switches versions, it changes under us. */
let startingController: ServiceWorker | null = null;

/**
 * Switches to the waiting version: the page reloads once the new worker has taken control. When
 * another tab has already switched (the worker that was waiting is now active and controls this
 * page too), nothing is left waiting to send the message to, so the page just reloads onto the new
 * version. Unsaved answers survive the reload: each form's journal keeps them (app/cases/unsavedJournal.ts).
 */
export function acceptUpdate() {
  const worker = waitingWorker;
  if (!worker) return;
  const controller = navigator.serviceWorker.controller;
  const alreadySwitched = worker.state === 'activating' || worker.state === 'activated' || worker.state === 'redundant' || (controller !== null && controller !== startingController);
  if (alreadySwitched) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  worker.postMessage({ type: 'SKIP_WAITING' });
}

/** Hides the update or offline-ready message without acting on it. */
export function dismissOfflineMessage() {
  setState({ updateWaiting: false, offlineReady: false });
}

/** React view of the service worker state. */
export function useOfflineState(): OfflineState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
