import { useEffect, useState } from 'react';
import { asSignatory } from '../../../src/letters/signatory';
import type { Signatory } from '../../../src/letters';
import { getSetting, putSetting } from '../../cases/db';

/** The key the signatory is stored under in this device's settings. */
const SIGNATORY_KEY = 'signatory';

/** The signatory kept on this device, or undefined when none is set (or it is incomplete). */
export async function loadSignatory(): Promise<Signatory | undefined> {
  return asSignatory(await getSetting<unknown>(SIGNATORY_KEY));
}

/** Keeps the signatory on this device. */
export async function saveSignatory(signatory: Signatory): Promise<void> {
  await putSetting<Signatory>(SIGNATORY_KEY, signatory);
}

/** The signatory state a page reads: loading until the setting has been read. */
export interface SignatoryState {
  loading: boolean;
  signatory: Signatory | undefined;
  error: string | undefined;
}

/** Reads the signatory once when the page opens. */
export function useSignatory(): SignatoryState {
  const [state, setState] = useState<SignatoryState>({ loading: true, signatory: undefined, error: undefined });
  useEffect(() => {
    let cancelled = false;
    loadSignatory()
      .then((signatory) => {
        if (!cancelled) setState({ loading: false, signatory, error: undefined });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ loading: false, signatory: undefined, error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
