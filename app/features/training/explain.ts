import { fieldLabel } from '../../../src/case';
import { formatLong, isIsoDate } from '../../../src/dates';

/** Reads the value at a case-file path such as `criminality.convictions[0].convictedOn`. */
export function valueAtPath(root: unknown, path: string): unknown {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let value: unknown = root;
  for (const part of parts) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[/^\d+$/.test(part) ? Number(part) : part];
  }
  return value;
}

/** Shows an answer in plain English: dates as "2 June 2025", yes/no, lists by count. */
export function describeAnswer(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'Not answered';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  // Enumerated answers are stored as kebab-case codes; show them as words.
  if (typeof value === 'string') return isIsoDate(value) ? formatLong(value) : String(value).replace(/-/g, ' ');
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 1 ? '1 item' : `${value.length} items`;
  if (typeof value === 'object' && 'applies' in value) return describeAnswer((value as { applies?: unknown }).applies);
  return 'Answered';
}

/** The answers a requirement used, as label and value, for the explanation panel. */
export function answersUsed(caseFile: unknown, paths: readonly string[]): { path: string; label: string; value: string }[] {
  return paths.map((path) => ({ path, label: fieldLabel(path), value: describeAnswer(valueAtPath(caseFile, path)) }));
}
