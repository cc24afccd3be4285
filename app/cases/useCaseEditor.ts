import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseFile } from '../../src/case';
import { askEditorToStore, onCaseMessage, postCaseMessage } from './caseChannel';
import { changedPaths } from './changedPaths';
import { claimEditing, describeStorageError, EditingTakenOverError, getRecord, loadCaseSummariser, putRecordIfRevision, RevisionConflictError } from './db';
import { requestEditLock, type EditLock } from './editLock';
import { kindOfCaseId, type CaseRecord, type LetterEdits } from './records';
import { changesToRestore, clearUnsavedCopy, readUnsavedCopy, writeUnsavedCopy, type UnsavedCopy } from './unsavedJournal';

/** How the last change stands: stored, being stored, or not stored (with why). */
export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'error'; reason: string };

/** Why a tab is read only. */
export type ReadOnlyCause = 'open-elsewhere' | 'taken-over' | 'changed-elsewhere';

/** What a page needs to read and change the open case. */
export interface CaseEditor {
  record: CaseRecord | undefined;
  loading: boolean;
  notFound: boolean;
  loadError: string | undefined;
  /** True when another tab holds this case, or this tab's copy is stale: no write is attempted. */
  readOnly: boolean;
  readOnlyReason: string | undefined;
  /** Why this tab is read only: another tab has the case open, took it over, or changed it under this one. */
  readOnlyCause: ReadOnlyCause | undefined;
  /** True when this tab is read only and may take over editing (the other tab then becomes read only). */
  canTakeOver: boolean;
  /** True while taking over: the other tab is asked to store its changes first. */
  takingOver: boolean;
  /** Takes over editing from the tab that holds the case, loading the latest stored copy. */
  takeOver: () => void;
  /**
   * Goes up each time the record is replaced from outside this tab's own edits (a read-only copy
   * refreshed, or the latest copy loaded on take-over). The case layout re-creates its pages on a
   * change, so their forms start again from the stored answers instead of writing back stale ones.
   */
  generation: number;
  save: SaveStatus;
  /** Retries a failed save at once. */
  retrySave: () => void;
  /** Applies a change to the case file; `section` names the wizard section for the audit log. */
  updateCase: (section: string, change: (current: CaseFile) => CaseFile) => void;
  /** Keeps what is typed on a page (valid or not) so that nothing is lost on reload. */
  saveDraft: (pageKey: string, values: unknown) => void;
  /** Forgets a page's draft, once its answers are in the case file. */
  clearDraft: (pageKey: string) => void;
  updateLetterEdits: (letterId: string, edits: LetterEdits | undefined) => void;
}

/**
 * Changes are stored this soon after the first unsaved change (a fixed delay from the first, not
 * restarted by each keystroke, so steady typing is still stored well inside the one-second promise).
 */
const SAVE_DELAY_MS = 300;
const RETRY_DELAY_MS = 2000;

const READ_ONLY_REASONS: Record<ReadOnlyCause, string> = {
  'open-elsewhere':
    'This case is open in another tab or window, so it is read only here. You can take over editing: the other tab will store its changes and become read only.',
  'taken-over': 'Editing of this case was taken over in another tab or window. This tab is now read only; take over editing to change it here again.',
  'changed-elsewhere':
    'This case was changed elsewhere (another tab, or an import) since this tab loaded it, so this tab is read only. Load the latest version to carry on.',
};

/**
 * Loads a case and keeps it saved. Every change is applied in memory at once and written within
 * a second, and straight away when the page is hidden. A failed write keeps the change in memory,
 * says why, and retries; it never reports "Saved" for data that is not stored.
 *
 * Only one tab edits a case: this hook holds the case's Web Lock while it is open (editLock.ts) and
 * claims the case in the database, so a tab that has lost the lock cannot write even once.
 */
export function useCaseEditor(caseId: string): CaseEditor {
  const kind = kindOfCaseId(caseId);
  const [record, setRecord] = useState<CaseRecord | undefined>();
  const [loading, setLoading] = useState(true);
  const [notFound, setNotFound] = useState(false);
  const [loadError, setLoadError] = useState<string | undefined>();
  const [save, setSaveState] = useState<SaveStatus>({ state: 'saved' });
  const [readOnlyReason, setReadOnlyReason] = useState<string | undefined>();
  const [readOnlyCause, setReadOnlyCause] = useState<ReadOnlyCause | undefined>();
  const [canTakeOver, setCanTakeOver] = useState(false);
  const [takingOver, setTakingOver] = useState(false);
  const [generation, setGeneration] = useState(0);
  // A token per open case in this tab: the database accepts guarded writes only from the latest claimer.
  const [editorToken] = useState(() => crypto.randomUUID());

  // The latest in-memory record, and the revision that is known to be stored.
  const latest = useRef<CaseRecord | undefined>(undefined);
  const storedRevision = useRef(0);
  const dirty = useRef(false);
  const writing = useRef<Promise<boolean> | null>(null);
  const inFlight = useRef<UnsavedCopy['inFlight']>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // No write until this tab holds the lock and has claimed the case.
  const readOnlyRef = useRef(true);
  const lock = useRef<EditLock | null>(null);
  const saveRef = useRef<SaveStatus>({ state: 'saved' });

  const setSave = useCallback((status: SaveStatus) => {
    saveRef.current = status;
    setSaveState(status);
  }, []);

  const stopTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
  }, []);

  const becomeReadOnly = useCallback(
    (cause: ReadOnlyCause) => {
      readOnlyRef.current = true;
      stopTimer();
      setReadOnlyCause(cause);
      setReadOnlyReason(READ_ONLY_REASONS[cause]);
      setCanTakeOver(true);
    },
    [stopTimer],
  );

  /** Keeps a synchronous copy of changes that are not yet stored (see unsavedJournal.ts). */
  const keepUnsavedCopy = useCallback(() => {
    if (readOnlyRef.current || !latest.current || (!dirty.current && !writing.current)) return;
    writeUnsavedCopy({ baseRevision: storedRevision.current, record: latest.current, inFlight: inFlight.current });
  }, []);

  /** Takes `found` as this tab's copy, with any unsaved changes a closed or crashed tab left behind. */
  const adopt = useCallback((found: CaseRecord, editing: boolean) => {
    storedRevision.current = found.revision;
    let current = found;
    dirty.current = false;
    if (editing) {
      const copy = readUnsavedCopy(found.id);
      const restored = changesToRestore(copy, found);
      if (restored) {
        current = restored;
        dirty.current = true;
      } else if (copy) {
        clearUnsavedCopy(found.id);
      }
    }
    latest.current = current;
    setRecord(current);
    setGeneration((value) => value + 1);
    return dirty.current;
  }, []);

  const writeOnce = useCallback((): Promise<boolean> => {
    const toStore = latest.current;
    if (!toStore) return Promise.resolve(true);
    dirty.current = false;
    if (saveRef.current.state !== 'error') setSave({ state: 'saving' });
    const expected = storedRevision.current;
    inFlight.current = { revision: expected + 1, updatedAt: toStore.updatedAt };
    const attempt = putRecordIfRevision(toStore, expected, { editorToken })
      .then((stored) => {
        storedRevision.current = stored.revision;
        if (latest.current === toStore) {
          latest.current = stored;
          setRecord(stored);
        } else if (latest.current) {
          latest.current = { ...latest.current, revision: stored.revision };
        }
        if (!dirty.current) {
          clearUnsavedCopy(stored.id);
          setSave({ state: 'saved' });
        } else {
          setSave({ state: 'saving' });
        }
        postCaseMessage({ type: 'saved', caseId: stored.id, revision: stored.revision });
        return true;
      })
      .catch((error: unknown) => {
        dirty.current = true;
        if (error instanceof EditingTakenOverError) {
          becomeReadOnly('taken-over');
          setSave({ state: 'error', reason: 'editing was taken over in another tab or window' });
          return false;
        }
        if (error instanceof RevisionConflictError) {
          becomeReadOnly('changed-elsewhere');
          setSave({ state: 'error', reason: 'the case was changed elsewhere' });
          return false;
        }
        // Quota, a blocked or closed database: keep the changes (in memory and in the synchronous
        // copy, in case the browser is closed before a retry works) and try again.
        keepUnsavedCopy();
        setSave({ state: 'error', reason: describeStorageError(error) });
        stopTimer();
        timer.current = setTimeout(() => void flushRef.current(), RETRY_DELAY_MS);
        return false;
      })
      .finally(() => {
        writing.current = null;
        inFlight.current = undefined;
      });
    writing.current = attempt;
    return attempt;
  }, [becomeReadOnly, editorToken, keepUnsavedCopy, setSave, stopTimer]);

  /** Stores every unsaved change; resolves when stored, or when a write has failed (and a retry is set). */
  const flush = useCallback(async (): Promise<void> => {
    stopTimer();
    for (;;) {
      while (writing.current) await writing.current;
      if (!dirty.current || !latest.current || readOnlyRef.current) return;
      if (!(await writeOnce())) return;
    }
  }, [stopTimer, writeOnce]);
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const scheduleSave = useCallback(() => {
    if (!timer.current) timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
  }, []);

  const holdLock = useCallback(
    (held: EditLock) => {
      lock.current = held;
      held.onLost(() => {
        if (lock.current !== held) return;
        lock.current = null;
        becomeReadOnly('taken-over');
        if (dirty.current) setSave({ state: 'error', reason: 'editing was taken over in another tab or window' });
      });
    },
    [becomeReadOnly, setSave],
  );

  // Open the case: for editing if no other tab has it, read only otherwise.
  useEffect(() => {
    let cancelled = false;
    const open = async () => {
      // Each write keeps the case's summary for the case list: have its code ready before the first.
      void loadCaseSummariser().catch(() => undefined);
      let held = await requestEditLock(caseId);
      // A reload can arrive before the old page has let go of the lock: give it a moment.
      if (!held && !cancelled) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        held = await requestEditLock(caseId);
      }
      if (cancelled) {
        held?.release();
        return;
      }
      let found: CaseRecord | undefined;
      try {
        found = held ? await claimEditing(kind, caseId, editorToken) : await getRecord(kind, caseId);
      } catch (error) {
        held?.release();
        throw error;
      }
      if (cancelled || !found) {
        held?.release();
        if (!cancelled) setNotFound(true);
        return;
      }
      if (held) {
        holdLock(held);
        readOnlyRef.current = false;
        if (adopt(found, true)) {
          setSave({ state: 'saving' });
          scheduleSave();
        }
      } else {
        adopt(found, false);
        becomeReadOnly('open-elsewhere');
      }
    };
    setLoading(true);
    open()
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(describeStorageError(error));
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [adopt, becomeReadOnly, caseId, editorToken, holdLock, kind, scheduleSave, setSave]);

  // Store at once when the page is hidden or closed; keep a synchronous copy in case the write
  // does not finish before the page goes. On leaving the case, store, then let go of the lock.
  useEffect(() => {
    const onHide = () => {
      keepUnsavedCopy();
      void flushRef.current();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
      keepUnsavedCopy();
      const held = lock.current;
      void flushRef.current().finally(() => {
        if (lock.current === held) lock.current = null;
        held?.release();
      });
    };
  }, [keepUnsavedCopy]);

  // Other tabs: store our changes when one takes over; refresh a read-only copy when one saves.
  useEffect(
    () =>
      onCaseMessage((message) => {
        if (message.type === 'takeover-request' && message.caseId === caseId && !readOnlyRef.current) {
          void flushRef.current().finally(() => postCaseMessage({ type: 'flushed', caseId, requestId: message.requestId }));
        }
        if (message.type === 'saved' && message.caseId === caseId && readOnlyRef.current && !lock.current) {
          void getRecord(kind, caseId).then((found) => {
            if (found && readOnlyRef.current && !lock.current && found.revision >= storedRevision.current) adopt(found, false);
          });
        }
      }),
    [adopt, caseId, kind],
  );

  const takeOver = useCallback(() => {
    setTakingOver(true);
    const run = async () => {
      await askEditorToStore(caseId);
      // Let go of our own lock first (after a conflict we may still hold it), so stealing it from
      // ourselves is not taken for a take-over by another tab.
      lock.current?.release();
      lock.current = null;
      const held = await requestEditLock(caseId, { steal: true });
      if (!held) throw new Error('the case could not be taken over');
      let found: CaseRecord | undefined;
      try {
        found = await claimEditing(kind, caseId, editorToken);
      } catch (error) {
        held.release();
        throw error;
      }
      if (!found) {
        held.release();
        setNotFound(true);
        return;
      }
      holdLock(held);
      stopTimer();
      adopt(found, true);
      readOnlyRef.current = false;
      setReadOnlyReason(undefined);
      setReadOnlyCause(undefined);
      setCanTakeOver(false);
      setSave(dirty.current ? { state: 'saving' } : { state: 'saved' });
      if (dirty.current) scheduleSave();
    };
    run()
      .catch((error: unknown) => setReadOnlyReason(`Editing could not be taken over: ${describeStorageError(error)}.`))
      .finally(() => setTakingOver(false));
  }, [adopt, caseId, editorToken, holdLock, kind, scheduleSave, setSave, stopTimer]);

  const change = useCallback(
    (producer: (current: CaseRecord) => CaseRecord) => {
      const current = latest.current;
      if (!current || readOnlyRef.current) return;
      const next = producer(current);
      if (next === current) return;
      latest.current = next;
      dirty.current = true;
      setRecord(next);
      if (saveRef.current.state === 'saved') setSave({ state: 'saving' });
      scheduleSave();
    },
    [scheduleSave, setSave],
  );

  const updateCase = useCallback(
    (section: string, produce: (current: CaseFile) => CaseFile) =>
      change((current) => {
        const caseFile = produce(current.caseFile);
        const fields = changedPaths(current.caseFile, caseFile);
        if (fields.length === 0) return current;
        const at = new Date().toISOString();
        return { ...current, caseFile, updatedAt: at, audit: [...current.audit, { at, section, fields }] };
      }),
    [change],
  );

  const saveDraft = useCallback(
    (pageKey: string, values: unknown) =>
      change((current) => {
        if (changedPaths(current.drafts[pageKey], values).length === 0) return current;
        return { ...current, drafts: { ...current.drafts, [pageKey]: values }, updatedAt: new Date().toISOString() };
      }),
    [change],
  );

  const clearDraft = useCallback(
    (pageKey: string) =>
      change((current) => {
        if (!(pageKey in current.drafts)) return current;
        const drafts = { ...current.drafts };
        delete drafts[pageKey];
        return { ...current, drafts, updatedAt: new Date().toISOString() };
      }),
    [change],
  );

  const updateLetterEdits = useCallback(
    (letterId: string, edits: LetterEdits | undefined) =>
      change((current) => {
        const letterEdits = { ...current.letterEdits };
        if (edits) letterEdits[letterId] = edits;
        else delete letterEdits[letterId];
        const at = new Date().toISOString();
        return { ...current, letterEdits, updatedAt: at, audit: [...current.audit, { at, section: 'Letters', fields: [`letterEdits.${letterId}`] }] };
      }),
    [change],
  );

  const retrySave = useCallback(() => void flushRef.current(), []);

  return {
    record,
    loading,
    notFound,
    loadError,
    readOnly: readOnlyReason !== undefined,
    readOnlyReason,
    readOnlyCause,
    canTakeOver,
    takingOver,
    takeOver,
    generation,
    save,
    retrySave,
    updateCase,
    saveDraft,
    clearDraft,
    updateLetterEdits,
  };
}
