/**
 * A one-time message for the case list after an action on another page ("The case of … was
 * deleted"), kept in memory rather than in the address so that no name ends up in the history.
 */
let pending: string | undefined;

/** Leaves a message for the case list to show once. */
export function setFlashMessage(message: string): void {
  pending = message;
}

/** The waiting message, if any; it is then forgotten. */
export function takeFlashMessage(): string | undefined {
  const message = pending;
  pending = undefined;
  return message;
}
