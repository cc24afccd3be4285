/**
 * Which dependants a letter names, read from the decision (never worked out again here).
 */
import type { CaseFile } from '../case/schema';
import type { Decision, DependantOutcome } from '../rules';
import { dependantName } from './format';

/** The names of the dependants whose decided outcome is `outcome`, in case-file order. */
export function dependantsWithOutcome(caseFile: CaseFile, decision: Decision, outcome: DependantOutcome): string[] {
  const people = caseFile.dependants?.people ?? [];
  return decision.dependants
    .filter((d) => d.outcome === outcome)
    .map((d) => {
      const byId = people.find((person) => person.id === d.id);
      return dependantName(byId ?? people[d.index], d.index);
    });
}
