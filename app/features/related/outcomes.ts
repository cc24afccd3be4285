/**
 * How the app names each related-route outcome and decision field, for the result page.
 */
import { formatLong, isIsoDate } from '../../../src/dates';
import type { RelatedDecision } from '../../../src/related';

/** The outcome as the result page's panel states it. */
export function outcomeTitle(decision: RelatedDecision): string {
  switch (decision.route) {
    case 'settlement-protection':
      return {
        settle: 'Settlement granted',
        'further-permission': 'Further permission of at least 30 months',
        refuse: 'Settlement refused',
        invalid: 'Application invalid',
        incomplete: 'More answers needed',
      }[decision.outcome];
    case 'discretionary-leave':
      // A settlement application refused under the Rules, with further DL granted instead ("Considering settlement").
      if (decision.outcome === 'grant' && decision.settlementRefusedUnder !== undefined) return 'Settlement refused: further discretionary leave granted';
      return {
        grant: 'Discretionary leave granted',
        settle: 'Settlement granted',
        'defer-settlement': 'Settlement deferred',
        refer: 'Refer before deciding',
        refuse: 'Discretionary leave refused',
        incomplete: 'More answers needed',
      }[decision.outcome];
    case 'restricted-leave':
      return {
        grant: 'Restricted leave granted',
        'grant-indefinite': 'Indefinite leave granted outside the Rules',
        refer: 'Refer for approval',
        refuse: 'Restricted leave refused',
        'not-in-scope': 'Not within the restricted leave policy',
        incomplete: 'More answers needed',
      }[decision.outcome];
    case 'calais-fee-status':
      return {
        'home-fees': 'Home fee status',
        'not-eligible': 'Not eligible for home fee status',
        'out-of-scope': 'Outside the Calais leave fee category',
        incomplete: 'More answers needed',
      }[decision.outcome];
  }
}

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
      rows.push({ label: 'Dependants granted in line', value: decision.dependantsInLine.map((d) => (d.name ? `${d.name} (${d.relationship})` : `${d.relationship === 'partner' ? 'Partner' : 'Child'}`)).join('; ') });
    }
  }
  if (decision.route === 'calais-fee-status') {
    rows.push({ label: 'Criterion (a) tested on', value: date(decision.relevantDate) }, { label: 'Home fees from the academic year starting', value: date(decision.eligibleFrom) });
  }
  return rows.filter((row): row is { label: string; value: string } => row.value !== undefined);
}

/** Names of the restricted leave condition kinds. */
export const CONDITION_NAMES = { work: 'Work', study: 'Study', 'public-funds': 'Public funds', reporting: 'Reporting', residence: 'Residence' } as const;
