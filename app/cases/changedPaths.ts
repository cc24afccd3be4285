/**
 * Lists the paths whose values differ between two plain JSON values, e.g.
 * `criminality.convictions[0].date`. Used for the audit log of what changed.
 */
export function changedPaths(before: unknown, after: unknown, path = ''): string[] {
  if (Object.is(before, after)) return [];
  const bothObjects = typeof before === 'object' && before !== null && typeof after === 'object' && after !== null;
  if (!bothObjects || Array.isArray(before) !== Array.isArray(after)) return [path || '(whole case)'];
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    const paths: string[] = [];
    for (let index = 0; index < length; index += 1) paths.push(...changedPaths(before[index], after[index], `${path}[${index}]`));
    return paths;
  }
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const paths: string[] = [];
  for (const key of keys) paths.push(...changedPaths(a[key], b[key], path ? `${path}.${key}` : key));
  return paths;
}
