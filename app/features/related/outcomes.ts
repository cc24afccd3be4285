/**
 * The decision's own fields as the result page lists them; outcomes and conditions are named by
 * the one mapping of plain words (src/related/plainWords.ts).
 */
import { formatLong, isIsoDate } from '../../../src/dates';
import { capitalise } from '../../../src/letters/format';
import type { RelatedDecision } from '../../../src/related';
import { RELATIONSHIP_WORDS } from '../../../src/related/plainWords';

// One mapping from ids to plain words for letters and pages alike (src/related/plainWords.ts).
export { CONDITION_NAMES, outcomeTitle } from '../../../src/related/plainWords';

function date(value: string | undefined): string | undefined {
  return value !== undefined && isIsoDate(value) ? formatLong(value) : undefined;
}

/** The decision's own fields (period, dates, lapse), as label and text, in a fixed order; only those present. */
export function decisionFields(decision: RelatedDecision): { label: string; value: string }[] {
  const rows: { label: string; value: string | undefined }[] = [
    { label: 'Decided under', value: decision.decisionCitation },
    { label: 'Decision date', value: date(decision.decisionDate) },
  ];
  if ('durationMonths' in decision && decision.durationMonths !== undefined) rows.push({ label: 'Period of leave', value: `${decision.durationMonths} months` });
  if (decision.route === 'settlement-protection') {
    rows.push({ label: 'Five years complete on', value: date(decision.eligibleFrom) }, { label: 'Criminality grounds stop applying on', value: date(decision.timeLimitedGroundsEndOn) });
  }
  if (decision.route === 'discretionary-leave') {
    rows.push(
      { label: 'Settlement refused under', value: decision.settlementRefusedUnder },
      { label: 'Qualifying period complete on', value: date(decision.eligibleFrom) },
      { label: 'Settlement may be deferred until', value: date(decision.deferUntil) },
    );
  }
  if (decision.route === 'restricted-leave') {
    if (decision.lapsesOnTravelOutsideCommonTravelArea !== undefined) {
      rows.push({ label: 'Lapses on travel outside the Common Travel Area', value: decision.lapsesOnTravelOutsideCommonTravelArea ? 'Yes' : 'No' });
    }
    if (decision.dependantsInLine?.length) {
      rows.push({ label: 'Dependants granted in line', value: decision.dependantsInLine.map((d) => (d.name ? `${d.name} (${RELATIONSHIP_WORDS[d.relationship]})` : capitalise(RELATIONSHIP_WORDS[d.relationship]))).join('; ') });
    }
  }
  if (decision.route === 'calais-fee-status') {
    rows.push({ label: 'Criterion (a) tested on', value: date(decision.relevantDate) }, { label: 'Home fees from the academic year starting', value: date(decision.eligibleFrom) });
  }
  return rows.filter((row): row is { label: string; value: string } => row.value !== undefined);
}
