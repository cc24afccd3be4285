import { formatLong, isBefore } from '../../dates';
import { findingReason, groundReason, reason, type Reason, type ReasonCode } from '../../related/reasons';
import { MODERN_SLAVERY_CUT_OFF } from './parameters';
import type { DiscretionaryLeaveCase } from './schema';

/**
 * Discretionary leave policy, "Reasons for granting Discretionary Leave": the key principles
 * (DL is not for someone who qualifies under the Rules or for Article 8 leave) and the
 * categories, in the order the policy lists them.
 */

/** "Key principles": not where the person qualifies under the Rules or for Article 8 leave outside the Rules. */
export function exclusionReasons(input: DiscretionaryLeaveCase): Reason[] {
  const e = input.exclusion ?? {};
  return [
    groundReason('dl-key-principles-rules', 'DL: Key principles', 'exclusion.qualifiesUnderRules', e.qualifiesUnderRules, {
      met: 'Does not qualify for leave under the Immigration Rules (including asylum and humanitarian protection).',
      notMet: 'Qualifies for leave under the Immigration Rules: DL must not be granted.',
      unknown: 'Record whether the person qualifies for leave under the Immigration Rules.',
    }),
    groundReason('dl-key-principles-article-8', 'DL: Key principles', 'exclusion.qualifiesForArticle8Leave', e.qualifiesForArticle8Leave, {
      met: 'Does not qualify for leave outside the Rules for Article 8 (family or private life) reasons.',
      notMet: 'Qualifies for leave outside the Rules for Article 8 reasons: DL must not be granted.',
      unknown: 'Record whether the person qualifies for leave outside the Rules for Article 8 reasons.',
    }),
  ];
}

const CATEGORY_CITATION = {
  medical: 'DL: Medical cases',
  'other-echr': 'DL: Other cases where return would breach the ECHR',
  'exceptional-circumstances': 'DL: Exceptional circumstances',
  'modern-slavery': 'DL: Pre-30 January 2023 modern slavery cases',
  'other-compelling': 'DL: Other cases',
  none: 'DL: Reasons for granting Discretionary Leave',
} as const;

const CATEGORY_TEXT = {
  medical: 'removal would breach Article 3 or Article 8 on medical grounds',
  'other-echr': 'return would flagrantly deny another ECHR right, short of humanitarian protection',
  'exceptional-circumstances': 'removal is not appropriate on the exceptional factors in paragraph 353B',
  'other-compelling': 'the individual circumstances are so compelling that leave is appropriate outside the listed categories',
} as const;

/** The citation of the modern slavery section's "Further leave" heading. */
export const MODERN_SLAVERY_FURTHER_LEAVE = 'DL: Pre-30 January 2023 modern slavery cases: further leave';

/**
 * The modern slavery (KTT) category: each of its three conditions, then "When to not consider DL".
 * A further application is not for DL at all: "Further leave applications will be considered
 * following temporary permission to stay considerations for victims of human trafficking or slavery."
 */
function modernSlaveryReasons(input: DiscretionaryLeaveCase): Reason[] {
  const m = input.modernSlavery ?? {};
  const citation = CATEGORY_CITATION['modern-slavery'];
  if (input.application?.kind === 'further') {
    return [
      reason(
        'dl-ms-further-leave',
        MODERN_SLAVERY_FURTHER_LEAVE,
        'not-met',
        `A further application on the modern slavery basis is not granted further DL: it is considered under ${MODERN_SLAVERY_CUT_OFF.value}.`,
        ['application.kind', 'category.basis'],
      ),
    ];
  }
  const cutOff = MODERN_SLAVERY_CUT_OFF.from;
  const beforeCutOff = (code: ReasonCode, path: string, date: string | undefined, what: string): Reason => {
    if (date === undefined) return reason(code, citation, 'unknown', `Record the date of the ${what}.`, [path], [path]);
    return isBefore(date, cutOff)
      ? reason(code, citation, 'met', `The ${what} came before ${formatLong(cutOff)} (${formatLong(date)}).`, [path])
      : reason(code, citation, 'not-met', `The ${what} came on ${formatLong(date)}, not before ${formatLong(cutOff)}: consider ${MODERN_SLAVERY_CUT_OFF.value} instead.`, [path]);
  };
  return [
    beforeCutOff('dl-ms-conclusive-grounds', 'modernSlavery.conclusiveGroundsOn', m.conclusiveGroundsOn, 'positive conclusive grounds decision'),
    beforeCutOff('dl-ms-trafficking-claim', 'modernSlavery.traffickingRelatedClaimOn', m.traffickingRelatedClaimOn, 'trafficking-related asylum claim or further submissions'),
    groundReason('dl-ms-not-determined', citation, 'modernSlavery.claimFinallyDetermined', m.claimFinallyDetermined, {
      met: 'The trafficking-related claim has not yet been finally determined.',
      notMet: 'The trafficking-related claim has been finally determined.',
      unknown: 'Record whether the trafficking-related claim has been finally determined.',
    }),
    groundReason('dl-ms-not-to-consider', 'DL: When to not consider DL', 'modernSlavery.notToBeConsidered', m.notToBeConsidered, {
      met: 'None of the reasons not to consider DL applies.',
      notMet: 'A reason not to consider DL applies (existing leave, inadmissible claim, appeal rights exhausted, refusal before KTT, or deportation proceedings).',
      unknown: 'Record whether any reason not to consider DL applies.',
    }),
  ];
}

/** The category the caseworker found, and whether its test is met. */
export function categoryReasons(input: DiscretionaryLeaveCase): Reason[] {
  const basis = input.category?.basis;
  if (basis === undefined) {
    return [reason('dl-category', 'DL: Reasons for granting Discretionary Leave', 'unknown', 'Record the category under which DL is considered.', ['category.basis'], ['category.basis'])];
  }
  if (basis === 'none') {
    return [reason('dl-category', CATEGORY_CITATION.none, 'not-met', 'No category for a grant of DL applies.', ['category.basis'])];
  }
  if (basis === 'modern-slavery') return modernSlaveryReasons(input);
  const test = CATEGORY_TEXT[basis];
  return [
    findingReason('dl-category', CATEGORY_CITATION[basis], 'category.met', input.category?.met, {
      met: `Caseworker finding: ${test}.`,
      notMet: `Caseworker finding: it is not shown that ${test}.`,
      unknown: `Record whether ${test}.`,
    }),
  ];
}

/** "Exclusion and criminality": someone within the restricted leave policy is considered under it, not for DL. */
export function restrictedLeaveScopeReason(input: DiscretionaryLeaveCase): Reason {
  return groundReason('dl-restricted-leave-scope', 'DL: Exclusion and criminality', 'restrictedLeaveScope', input.restrictedLeaveScope, {
    met: 'Does not fall within the restricted leave policy.',
    notMet: 'Falls within the restricted leave policy (Article 1F, 339D or Article 33(2)): consider restricted leave, not DL.',
    unknown: 'Record whether the person falls within the restricted leave policy.',
  });
}
