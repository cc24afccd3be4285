import { putSetting } from '../../cases/db';
import type { RelatedLibraryEntry } from './scenarioLibrary';

/**
 * Opens a related-route scenario in its route's pages: the scenario's facts become the answers of
 * that route's working case (the one kept under `related-case:<route>`), replacing what was there.
 * The route's pages and rules load only now, so the library itself stays small.
 */
export async function openRelatedScenario(entry: Extract<RelatedLibraryEntry, { ok: true }>): Promise<void> {
  const [{ relatedRoute }, { answersFromCase }, { workingCaseKey }] = await Promise.all([import('../related/routes'), import('../related/fromCase'), import('../related/workingCase')]);
  await putSetting(workingCaseKey(entry.route), { version: 1, answers: answersFromCase(relatedRoute(entry.route), entry.caseFile) });
}
