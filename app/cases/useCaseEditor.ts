import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseFile } from '../../src/case';
import { changedPaths } from './changedPaths';
import { getRecord, putRecordIfRevision, RevisionConflictError } from './db';
import { kindOfCaseId, type CaseRecord, type LetterEdits } from './records';

/** How the last change stands: stored, being stored, or not stored (with why). */
export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'error'; reason: string };

/** What a page needs to read and change the open case. */
export interface CaseEditor {
  record: CaseRecord | undefined;
  loading: boolean;
  notFound: boolean;
  loadError: string | undefined;
  /** True when another tab holds this case, or this tab's copy is stale: no write is attempted. */
  readOnly: boolean;
  readOnlyReason: string | undefined;
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

/** Changes are stored this soon after the last keystroke (well inside the one-second promise). */
const SAVE_DELAY_MS = 300;
const RETRY_DELAY_MS = 2000;

/**
 * Loads a case and keeps it saved. Every change is applied in memory at once and written within
 * a second, and straight away when the page is hidden. A failed write keeps the change in memory,
 * says why, and retries; it never reports "Saved" for data that is not stored.
 */
export function useCaseEditor(caseId: string): CaseEditor {
  const [record, setRecord] = useState<CaseRecord | undefined>();
  const [loading, setLoading] = useState(true);
  const [notFound, setNotFound] = useState(false);
  const [loadError, setLoadError] = useState<string | undefined>();
  const [save, setSave] = useState<SaveStatus>({ state: 'saved' });
  const [readOnlyReason, setReadOnlyReason] = useState<string | undefined>();

  // The latest in-memory record, and the revision that is known to be stored.
  const latest = useRef<CaseRecord | undefined>(undefined);
  const storedRevision = useRef(0);
  const dirty = useRef(false);
  const writing = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const readOnlyRef = useRef(false);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    getRecord(kindOfCaseId(caseId), caseId)
      .then((found) => {
        if (cancelled) return;
        latest.current = found;
        storedRevision.current = found?.revision ?? 0;
        setRecord(found);
        setNotFound(!found);
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [caseId]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    if (writing.current) await writing.current;
    if (!dirty.current || !latest.current || readOnlyRef.current) return;
    const toStore = latest.current;
    dirty.current = false;
    setSave({ state: 'saving' });
    const attempt = putRecordIfRevision(toStore, storedRevision.current)
      .then((stored) => {
        storedRevision.current = stored.revision;
        if (latest.current === toStore) {
          latest.current = stored;
          setRecord(stored);
        } else if (latest.current) {
          latest.current = { ...latest.current, revision: stored.revision };
        }
        setSave(dirty.current ? { state: 'saving' } : { state: 'saved' });
      })
      .catch((error: unknown) => {
        dirty.current = true;
        if (error instanceof RevisionConflictError) {
          readOnlyRef.current = true;
          setReadOnlyReason('This case was changed in another tab or window. Reload the page to see the latest answers.');
          setSave({ state: 'error', reason: 'the case was changed in another tab' });
          return;
        }
        const reason = error instanceof Error ? error.message : String(error);
        setSave({ state: 'error', reason });
        timer.current = setTimeout(() => void flush(), RETRY_DELAY_MS);
      })
      .finally(() => {
        writing.current = null;
      });
    writing.current = attempt;
    await attempt;
    if (dirty.current && !readOnlyRef.current && !timer.current) timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, []);

  const change = useCallback(
    (producer: (current: CaseRecord) => CaseRecord) => {
      const current = latest.current;
      if (!current || readOnlyRef.current) return;
      const next = producer(current);
      if (next === current) return;
      latest.current = next;
      dirty.current = true;
      setRecord(next);
      setSave({ state: 'saving' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  // Store at once when the page is hidden or closed.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

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
        return { ...current, drafts };
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

  const retrySave = useCallback(() => void flush(), [flush]);

  return {
    record,
    loading,
    notFound,
    loadError,
    readOnly: readOnlyReason !== undefined,
    readOnlyReason,
    save,
    retrySave,
    updateCase,
    saveDraft,
    clearDraft,
    updateLetterEdits,
  };
}
