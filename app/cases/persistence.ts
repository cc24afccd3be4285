/** Whether the browser has agreed to keep this site's storage until the caseworker deletes it. */
export type PersistenceState = 'persisted' | 'best-effort' | 'unknown';

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/** Whether the cases are kept until deleted, without asking for anything. */
export async function persistenceState(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage?.persisted) return 'unknown';
  try {
    return (await storage.persisted()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/**
 * Asks the browser to keep the cases even when the device runs low on space
 * (`navigator.storage.persist()`), and says whether it agreed. Only on the caseworker's request:
 * some browsers answer with a permission prompt, which must not appear (and take keyboard focus)
 * by itself when a page loads. Browsers decide by their own rules (Chromium grants it to installed
 * or often-used sites), so the answer can stay "best effort".
 */
export async function requestPersistentStorage(): Promise<PersistenceState> {
  const storage = storageManager();
  if (!storage?.persist) return 'unknown';
  try {
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unknown';
  }
}
