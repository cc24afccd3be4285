/**
 * Tells other tabs of this service on this device that cases changed, so a read-only copy and the
 * case list refresh, and lets a tab taking over a case ask the editing tab to store its last
 * changes first.
 */

/** A message between tabs. */
export type CaseMessage =
  | { type: 'saved'; caseId: string; revision: number }
  | { type: 'list-changed' }
  | { type: 'takeover-request'; caseId: string; requestId: string }
  | { type: 'flushed'; caseId: string; requestId: string };

const CHANNEL_NAME = 'calais-settlement-cases';

function openChannel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL_NAME);
}

/** Sends a message to every other tab. */
export function postCaseMessage(message: CaseMessage): void {
  const channel = openChannel();
  if (!channel) return;
  channel.postMessage(message);
  channel.close();
}

/** Listens to messages from other tabs; returns the function that stops listening. */
export function onCaseMessage(listener: (message: CaseMessage) => void): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent<CaseMessage>) => listener(event.data);
  return () => channel.close();
}

/**
 * Asks the tab editing `caseId` to store its unsaved changes, and resolves when it says it has, or
 * after `timeoutMs` if no tab answers (it may be closed or frozen).
 */
export function askEditorToStore(caseId: string, timeoutMs = 1500): Promise<void> {
  const requestId = crypto.randomUUID();
  return new Promise((resolve) => {
    let stop: () => void = () => undefined;
    const timer = setTimeout(() => {
      stop();
      resolve();
    }, timeoutMs);
    stop = onCaseMessage((message) => {
      if (message.type === 'flushed' && message.caseId === caseId && message.requestId === requestId) {
        clearTimeout(timer);
        stop();
        resolve();
      }
    });
    postCaseMessage({ type: 'takeover-request', caseId, requestId });
  });
}
