import { formatLong } from '../../dates';
import { reason, type Reason, type ReasonCode, type ReasonStatus } from '../../related/reasons';
import { readList } from '../../related/lists';
import { section72MinimumMonths } from '../criminality/section72';
import type { RestrictedLeaveCase, RlConviction } from './schema';

/**
 * Scope of the restricted leave policy ("Background"): the person is excluded (Article 1F,
 * paragraph 339D, or the 1954 Convention), or Article 33(2) applies, either for a danger to the
 * security of the UK or for a particularly serious crime (section 72) with the presumed danger to
 * the community not rebutted. One limb is enough: the scope reasons list the limbs that apply;
 * when none does, one reason says so; when none applies yet but some are unanswered, those are `unknown`.
 */

/** Whether a conviction is a "particularly serious crime" under section 72(2); `undefined` if a finding is missing. */
export function isParticularlySeriousCrime(c: RlConviction): boolean | undefined {
  if (c.appealPending === true) return false;
  const threshold = section72MinimumMonths(c.convictedOn);
  if (c.sentenceMonths < threshold) return false;
  if (c.convictedInUk) return true;
  return c.ukEquivalentMeetsThreshold;
}

/** The scope reasons, and whether the person is in scope. */
export interface RlScope {
  reasons: Reason[];
  status: ReasonStatus;
  /** Article 33(2) for crime was the only possible limb, and the presumption of danger was rebutted. */
  presumptionRebuttedOnly: boolean;
}

function describeConviction(c: RlConviction): string {
  const where = c.convictedInUk ? 'in the UK' : 'overseas';
  return `${c.offence ? `${c.offence}, ` : ''}convicted ${where} on ${formatLong(c.convictedOn)}, ${c.sentenceMonths} months' imprisonment`;
}

/** Assesses the scope limbs in the policy's order. */
export function assessScope(input: RestrictedLeaveCase): RlScope {
  const s = input.scope ?? {};
  const applying: Reason[] = [];
  const unanswered: Reason[] = [];

  const limb = (field: 'excludedArticle1F' | 'excluded339D' | 'excludedStatelessConvention' | 'dangerToSecurity', code: ReasonCode, citation: string, applies: string, ask: string): void => {
    const path = `scope.${field}`;
    if (s[field] === true) applying.push(reason(code, citation, 'met', applies, [path]));
    if (s[field] === undefined) unanswered.push(reason(code, citation, 'unknown', ask, [path], [path]));
  };
  limb('excludedArticle1F', 'rl-scope-article-1f', 'Article 1F', 'Excluded (or would be) from the Refugee Convention under Article 1F.', 'Record whether the person is, or would be, excluded under Article 1F.');
  limb('excluded339D', 'rl-scope-339d', '339D', 'Excluded (or would be) from humanitarian protection under paragraph 339D.', 'Record whether the person is, or would be, excluded under paragraph 339D.');
  limb(
    'excludedStatelessConvention',
    'rl-scope-1954-convention',
    '1954 Convention Article 1(2)(iii)',
    'Excluded from the 1954 Convention relating to the Status of Stateless Persons.',
    'Record whether the person is excluded from the 1954 Convention.',
  );
  limb(
    'dangerToSecurity',
    'rl-scope-article-33-2-security',
    'Article 33(2)',
    'Article 33(2): reasonable grounds for regarding the person as a danger to the security of the UK.',
    'Record whether there are reasonable grounds for regarding the person as a danger to the security of the UK.',
  );

  // Article 33(2), particularly serious crime: section 72(2) on the conviction, then the rebuttable presumption in 72(5A).
  const list = 'scope.convictions';
  const rebuttedPath = 'scope.dangerPresumptionRebutted';
  let presumptionRebuttedOnly = false;
  const recorded = readList(s.hasConvictions, s.convictions, { has: 'scope.hasConvictions', list }, {
    one: 'conviction',
    many: 'convictions',
    question: 'whether the person has any conviction to test against section 72',
  });
  if (!recorded.ok) {
    const pending = reason('rl-scope-s72', 'NIAA 2002 s72(2)', 'unknown', recorded.text, recorded.facts, recorded.missing);
    unanswered.push(recorded.inconsistent ? { ...pending, inconsistent: true } : pending);
  } else {
    // Each conviction is tested on its own against the threshold in force on its own date.
    const convictions = recorded.items;
    const pathsOf = (i: number) => ['convictedOn', 'sentenceMonths', 'convictedInUk', 'ukEquivalentMeetsThreshold', 'appealPending'].map((f) => `${list}[${i}].${f}`);
    const serious = convictions.map((c, i) => ({ c, i })).filter(({ c }) => isParticularlySeriousCrime(c) === true);
    const undecided = convictions.map((c, i) => ({ c, i })).filter(({ c }) => isParticularlySeriousCrime(c) === undefined);
    const first = serious[0];
    if (first !== undefined) {
      const each = serious.map(({ c }) => `${describeConviction(c)}; the threshold for a conviction on that date is ${section72MinimumMonths(c.convictedOn)} months`);
      const crime = reason(
        'rl-scope-s72',
        'NIAA 2002 s72(2)',
        'met',
        `${serious.length === 1 ? 'A particularly serious crime' : 'Particularly serious crimes'}: ${each.join('. ')}.`,
        ['scope.hasConvictions', list, ...serious.flatMap(({ i }) => pathsOf(i))],
      );
      if (s.dangerPresumptionRebutted === false) {
        applying.push(
          crime,
          reason('rl-scope-article-33-2-crime', 'Article 33(2)', 'met', 'Presumed a danger to the community of the UK (section 72(5A)); the presumption has not been rebutted.', [rebuttedPath]),
        );
      } else if (s.dangerPresumptionRebutted === undefined) {
        unanswered.push(reason('rl-scope-article-33-2-crime', 'NIAA 2002 s72(5A)', 'unknown', 'Record whether the presumption of danger to the community has been rebutted.', [rebuttedPath], [rebuttedPath]));
      } else {
        presumptionRebuttedOnly = true;
      }
    } else if (undecided.length > 0) {
      const missing = undecided.map(({ i }) => `${list}[${i}].ukEquivalentMeetsThreshold`);
      unanswered.push(
        reason('rl-scope-s72', 'NIAA 2002 s72(2)', 'unknown', 'For an overseas conviction, record whether a UK conviction for a similar offence could have drawn a sentence at the threshold.', [list, ...missing], missing),
      );
    }
  }

  if (applying.length > 0) return { reasons: applying, status: 'met', presumptionRebuttedOnly: false };
  if (unanswered.length > 0) return { reasons: unanswered, status: 'unknown', presumptionRebuttedOnly: false };
  const onlyCrime = presumptionRebuttedOnly && s.excludedArticle1F === false && s.excluded339D === false && s.dangerToSecurity === false;
  return {
    reasons: [
      reason(
        'rl-scope',
        'RL: Background',
        'not-met',
        presumptionRebuttedOnly
          ? 'Not within the policy: the presumption of danger to the community has been rebutted, and no other limb applies.'
          : 'Not within the policy: not excluded, not a danger to security, and no particularly serious crime.',
        ['scope.excludedArticle1F', 'scope.excluded339D', 'scope.excludedStatelessConvention', 'scope.dangerToSecurity', 'scope.hasConvictions', list, rebuttedPath],
      ),
    ],
    status: 'not-met',
    presumptionRebuttedOnly: onlyCrime,
  };
}
