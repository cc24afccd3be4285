import { fieldLabel, type CaseFile } from '../../../src/case';
import type { Decision, Reason } from '../../../src/rules';
import { valueAtPath } from './explain';

/** An answer a trainer can change in the what-if panel. */
export interface WhatIfField {
  path: string;
  label: string;
  kind: 'date' | 'yes-no' | 'choice' | 'number';
  options?: readonly { value: string; text: string }[];
}

const SENTENCE_KIND_OPTIONS = [
  { value: 'custodial', text: 'Custodial sentence' },
  { value: 'suspended', text: 'Suspended sentence' },
  { value: 'non-custodial', text: 'Non-custodial sentence' },
  { value: 'out-of-court-disposal', text: 'Out-of-court disposal' },
] as const;

/**
 * The answers worth changing in a demonstration, for this case: the decision date, the leave and
 * BID facts, each conviction's date, kind, length and end date, and each suitability finding.
 */
export function whatIfFields(caseFile: CaseFile): WhatIfField[] {
  const fields: WhatIfField[] = [
    { path: 'decisionDate', label: 'Decision date', kind: 'date' },
    { path: 'leave.bidIssuedOn', label: fieldLabel('leave.bidIssuedOn'), kind: 'date' },
    { path: 'leave.transferredOn', label: fieldLabel('leave.transferredOn'), kind: 'date' },
    { path: 'leave.presentInUk', label: fieldLabel('leave.presentInUk'), kind: 'yes-no' },
    { path: 'leave.revoked', label: fieldLabel('leave.revoked'), kind: 'yes-no' },
    { path: 'questionnaire.returned', label: fieldLabel('questionnaire.returned'), kind: 'yes-no' },
  ];
  (caseFile.criminality?.convictions ?? []).forEach((conviction, index) => {
    const which = `Conviction ${index + 1}${conviction.offence ? ` (${conviction.offence})` : ''}`;
    const base = `criminality.convictions[${index}]`;
    fields.push(
      { path: `${base}.convictedOn`, label: `${which}: date of conviction`, kind: 'date' },
      { path: `${base}.kind`, label: `${which}: kind of sentence or disposal`, kind: 'choice', options: SENTENCE_KIND_OPTIONS },
      { path: `${base}.sentenceLengthMonths`, label: `${which}: length of sentence in months`, kind: 'number' },
      { path: `${base}.sentenceEndsOn`, label: `${which}: date the sentence ends`, kind: 'date' },
    );
  });
  for (const [code, finding] of Object.entries(caseFile.suitability ?? {})) {
    if (finding) fields.push({ path: `suitability.${code}.applies`, label: fieldLabel(`suitability.${code}.applies`), kind: 'yes-no' });
  }
  return fields;
}

/** A copy of `root` with the value at `path` replaced (objects and arrays on the way are copied). */
export function setAtPath<T>(root: T, path: string, value: unknown): T {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  const write = (node: unknown, index: number): unknown => {
    const part = parts[index];
    if (part === undefined) return value;
    const key: string | number = /^\d+$/.test(part) ? Number(part) : part;
    const container = (Array.isArray(node) ? [...node] : typeof node === 'object' && node !== null ? { ...node } : typeof key === 'number' ? [] : {}) as Record<string | number, unknown>;
    container[key] = write(container[key], index + 1);
    return container;
  };
  return write(root, 0) as T;
}

/** How one requirement moved between the case as it is and the what-if case. */
export interface ReasonChange {
  code: string;
  before: Reason | undefined;
  after: Reason | undefined;
}

/** The differences between two decisions: the outcome, and each requirement that changed. */
export function compareDecisions(before: Decision, after: Decision): { outcomeChanged: boolean; changes: ReasonChange[] } {
  const beforeByCode = new Map(before.reasons.map((reason) => [reason.code, reason]));
  const afterByCode = new Map(after.reasons.map((reason) => [reason.code, reason]));
  const codes = [...new Set([...before.reasons.map((r) => r.code), ...after.reasons.map((r) => r.code)])];
  const changes = codes
    .map((code) => ({ code, before: beforeByCode.get(code), after: afterByCode.get(code) }))
    .filter(({ before: b, after: a }) => !b || !a || b.status !== a.status || b.citation !== a.citation || b.text !== a.text);
  return { outcomeChanged: before.outcome !== after.outcome, changes };
}

/** The current value of a what-if field, as the form shows it. */
export function currentValue(caseFile: CaseFile, field: WhatIfField): string {
  const value = valueAtPath(caseFile, field.path);
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
