/**
 * Reading an add-another list recorded with its own yes/no question ("Has the applicant had a
 * custodial sentence?" and then each sentence). The product rule for every related-route list:
 *
 * - not answered → unknown, the question is missing;
 * - "no" → none, and any entries still kept under it make the record inconsistent (flagged, never
 *   silently dropped);
 * - "yes" with nothing listed → unknown, never "none": the missing answer names the list
 *   ("Add the conviction, or change the answer to No");
 * - "yes" with entries → the entries, each read on its own by the rule.
 */

/** What a recorded list says: its entries, or why it cannot be read yet. */
export type ListReading<T> =
  | { ok: true; items: readonly T[]; facts: string[] }
  | { ok: false; text: string; missing: string[]; facts: string[]; inconsistent?: true };

/** Reads `items` under the answer `has` (paths given for the reason's facts and missing answers). */
export function readList<T>(has: boolean | undefined, items: readonly T[] | undefined, paths: { has: string; list: string }, noun: { one: string; many: string; question: string }): ListReading<T> {
  const facts = [paths.has, paths.list];
  if (has === undefined) return { ok: false, text: `Record ${noun.question}.`, missing: [paths.has], facts };
  if (!has) {
    if (items !== undefined && items.length > 0) {
      return {
        ok: false,
        text: `The answer is No, but ${items.length === 1 ? `1 ${noun.one} is` : `${items.length} ${noun.many} are`} recorded: remove ${items.length === 1 ? 'it' : 'them'}, or change the answer to Yes.`,
        missing: [paths.has],
        facts,
        inconsistent: true,
      };
    }
    return { ok: true, items: [], facts };
  }
  if (items === undefined || items.length === 0) return { ok: false, text: `Add the ${noun.one}, or change the answer to No.`, missing: [paths.list], facts };
  return { ok: true, items, facts };
}
