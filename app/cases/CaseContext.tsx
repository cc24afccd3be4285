import { createContext, useContext, type ReactNode } from 'react';
import type { CaseEditor } from './useCaseEditor';

const CaseEditorContext = createContext<CaseEditor | null>(null);

/** Makes the open case available to every page under /cases/$caseId. */
export function CaseEditorProvider({ editor, children }: { editor: CaseEditor; children: ReactNode }) {
  return <CaseEditorContext.Provider value={editor}>{children}</CaseEditorContext.Provider>;
}

/** The open case's editor. Only for pages under the case layout. */
export function useCurrentCase(): CaseEditor {
  const editor = useContext(CaseEditorContext);
  if (!editor) throw new Error('useCurrentCase is used outside a case page');
  return editor;
}
