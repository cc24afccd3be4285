import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CaseEditor } from './useCaseEditor';

const CaseEditorContext = createContext<CaseEditor | null>(null);
/** The draft key of the page on screen, and a way for that page to say which it is. */
const PageDraftContext = createContext<{ key: string | undefined; setKey: (key: string | undefined) => void } | null>(null);

/** Makes the open case available to every page under /cases/$caseId. */
export function CaseEditorProvider({ editor, children }: { editor: CaseEditor; children: ReactNode }) {
  const [key, setKey] = useState<string | undefined>();
  return (
    <CaseEditorContext.Provider value={editor}>
      <PageDraftContext.Provider value={{ key, setKey }}>{children}</PageDraftContext.Provider>
    </CaseEditorContext.Provider>
  );
}

/** The open case's editor. Only for pages under the case layout. */
export function useCurrentCase(): CaseEditor {
  const editor = useContext(CaseEditorContext);
  if (!editor) throw new Error('useCurrentCase is used outside a case page');
  return editor;
}

/**
 * A page whose typed answers are kept as a draft (under `key`) until the caseworker continues
 * says so while it is on screen, so that the save status can tell the draft from saved answers.
 */
export function usePageDraft(key: string) {
  const setKey = useContext(PageDraftContext)?.setKey;
  useEffect(() => {
    setKey?.(key);
    return () => setKey?.(undefined);
  }, [key, setKey]);
}

/** The draft key of the page on screen, if it keeps one. */
export function usePageDraftKey(): string | undefined {
  return useContext(PageDraftContext)?.key;
}
