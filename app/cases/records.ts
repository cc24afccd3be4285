import type { CaseFile } from '../../src/case';

/** Real cases and training copies live in separate stores so they can never mix. */
export type CaseKind = 'case' | 'training';

/** Training copies have ids that start with this, so any page can tell which store a case is in. */
export const TRAINING_ID_PREFIX = 'training-';

/** Which store a case id belongs to. */
export function kindOfCaseId(id: string): CaseKind {
  return id.startsWith(TRAINING_ID_PREFIX) ? 'training' : 'case';
}

/** One line of a case's audit log: when, which section, which fields changed. */
export interface AuditEntry {
  at: string;
  section: string;
  fields: string[];
}

/** A caseworker's edits to the free-text parts of one letter, and the facts they were written against. */
export interface LetterEdits {
  paragraphs: Record<string, string>;
  /** Fingerprint of the decision and facts when the edits were made; a change marks the letter out of date. */
  editedAgainst: string;
  /** The facts (label -> value) at that time, to show what changed. */
  factsAtEdit?: Record<string, string>;
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
}
