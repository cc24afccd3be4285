/**
 * One tab edits a case at a time. The tab that opens a case first holds an exclusive Web Lock named
 * `case-<id>` for as long as the case is open; another tab opens it read only and may take over,
 * which steals the lock. The tab that loses its lock hears it at once (its lock request rejects) and
 * stops writing. The revision and editor checks inside each write transaction (db.ts) are the final
 * guard, for the moment between the steal and that news.
 */

/** A held edit lock. */
export interface EditLock {
  /** Gives the lock up (when the case is closed). */
  release: () => void;
  /** Called once if another tab steals the lock. */
  onLost: (listener: () => void) => void;
}

const lockName = (caseId: string) => `case-${caseId}`;

/**
 * Asks for the case's edit lock. With `steal` the lock is taken from any tab that holds it;
 * otherwise resolves with null when another tab holds it. Browsers without Web Locks (none this
 * service supports) get a lock that always succeeds: the write checks still protect the data.
 */
export function requestEditLock(caseId: string, { steal = false }: { steal?: boolean } = {}): Promise<EditLock | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return Promise.resolve({ release: () => undefined, onLost: () => undefined });
  return new Promise((resolve, reject) => {
    let releaseHeld: () => void = () => undefined;
    const held = new Promise<void>((done) => {
      releaseHeld = done;
    });
    let granted = false;
    let lost = false;
    let released = false;
    const listeners: (() => void)[] = [];
    const lock: EditLock = {
      release: () => {
        released = true;
        releaseHeld();
      },
      onLost: (listener) => {
        if (lost) listener();
        else listeners.push(listener);
      },
    };
    const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
    locks
      .request(lockName(caseId), options, async (granting) => {
        if (!granting) {
          resolve(null);
          return;
        }
        granted = true;
        resolve(lock);
        await held;
      })
      .catch((error: unknown) => {
        if (!granted) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        // Our lock was stolen (AbortError) or the page is going away.
        if (released) return;
        lost = true;
        for (const listener of listeners.splice(0)) listener();
      });
  });
}

/** Whether any tab holds the case's edit lock now (for the case list's warnings). */
export async function isCaseOpenElsewhere(caseId: string): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return false;
  const state = await locks.query();
  return (state.held ?? []).some((held) => held.name === lockName(caseId));
}
