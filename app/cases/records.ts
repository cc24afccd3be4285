import type { CaseFile } from '../../src/case';
import type { AuditEntry, LetterEdits } from '../../src/case/exportFile';
import type { CaseSummary } from './summary';

export type { AuditEntry, LetterEdits };

/** Real cases and training copies live in separate stores so they can never mix. */
export type CaseKind = 'case' | 'training';

/** Training copies have ids that start with this, so any page can tell which store a case is in. */
export const TRAINING_ID_PREFIX = 'training-';

/** Which store a case id belongs to. */
export function kindOfCaseId(id: string): CaseKind {
  return id.startsWith(TRAINING_ID_PREFIX) ? 'training' : 'case';
}

/** A case as stored on this device. */
export interface CaseRecord {
  id: string;
  kind: CaseKind;
  /** Case-file format version of `caseFile`. */
  version: number;
  /** Increases by one on every stored write; a write based on an older revision is refused. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  caseFile: CaseFile;
  /** Answers typed on a page but not yet valid (kept so nothing typed is lost), by page key. */
  drafts: Record<string, unknown>;
  letterEdits: Record<string, LetterEdits>;
  audit: AuditEntry[];
  /** For training copies: the scenario file it was copied from, so it can be reset. */
  scenarioFile?: string;
  /**
   * What the case list shows of the case (app/cases/summary.ts), worked out from `caseFile` and
   * `drafts` on every write. Derived, never exported; absent on records stored before it existed.
   */
  summary?: CaseSummary;
}
