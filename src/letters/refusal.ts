/**
 * The refusal of settlement (domain notes §4, §5 step 7): each ground the decision found, with its
 * paragraph and the facts relied on, then what the person can do next: seek leave on another route
 * with independent legal advice. Calais leave is not among the routes eligible for administrative
 * review (Appendix AR 1.1), so the letter offers none.
 */
import type { Reason } from '../rules';
import { editable, h, p, type LetterBody, type LetterInput } from './compose';
import { longDate } from './format';
import { factsReliedOn, groundText } from './grounds';
import { ANOTHER_ROUTE, familyNotGrantedBlocks, NO_ADMINISTRATIVE_REVIEW, otherApplicationBlocks } from './nextSteps';
import type { Block } from './types';

/** Reason codes that can be not met in a refused case without being a ground of refusal. */
const NOT_GROUNDS: ReadonlySet<string> = new Set(['no-charges-pending', 'no-appeal-pending']);

/** The grounds of refusal of a refused decision: every requirement not met, in the decision's order. */
export function refusalGrounds(reasons: readonly Reason[]): Reason[] {
  return reasons.filter((r) => r.status === 'not-met' && !NOT_GROUNDS.has(r.code));
}

/** Shown where no facts are recorded for a ground, until the caseworker writes them. */
export const FACTS_TO_WRITE = '[Write here the facts relied on for this ground.]';

/** Builds the refusal letter. */
export function refusalLetter(input: LetterInput): LetterBody {
  const { caseFile, decision } = input;
  const decided = longDate(decision.decisionDate, 'decision date');
  const grounds = refusalGrounds(decision.reasons);
  const warnings: string[] = [];
  const facts: Record<string, string> = {
    Decision: 'Refusal of indefinite leave to remain',
    'Decision date': decided,
    'Grounds of refusal': grounds.map((g) => g.citation).join('; '),
  };
  const blocks: Block[] = [
    p('We have considered whether you can be granted settlement under the concession to the Immigration Rules for people granted Calais leave.'),
    h('Our decision'),
    p(`On ${decided} we decided to refuse you indefinite leave to remain in the United Kingdom, for the ${grounds.length === 1 ? 'reason' : 'reasons'} set out below.`),
    h('Why we have refused settlement'),
  ];
  for (const ground of grounds) {
    const text = groundText(ground);
    const reliedOn = factsReliedOn(ground, caseFile);
    if (reliedOn === '') warnings.push(`No facts are recorded for ${ground.citation}: write the facts relied on before sending.`);
    facts[`Facts for ${ground.citation}`] = reliedOn || 'None recorded';
    blocks.push({ kind: 'heading', level: 4, text: text.title }, p(text.explanation), editable(`facts-${ground.code}`, `Facts relied on for ${ground.citation}`, reliedOn || FACTS_TO_WRITE));
  }
  if (decision.eligibleFrom) {
    const from = longDate(decision.eligibleFrom, 'date');
    facts['Grounds stop applying'] = from;
    const unlessConvicted = decision.eligibleFromUnlessConvicted === true;
    if (unlessConvicted) facts['Date holds unless convicted'] = 'Yes: a prosecution is under way';
    blocks.push(
      p(
        `${grounds.length === 1 ? 'This ground applies' : 'These grounds apply'} only for a limited time. On the facts we hold now, ${grounds.length === 1 ? 'it' : 'none of them'} would ${grounds.length === 1 ? 'no longer apply' : 'apply'} from ${from}${unlessConvicted ? ', unless the prosecution you face ends in a conviction' : ''}.`,
      ),
    );
  }
  blocks.push(
    ...familyNotGrantedBlocks(input, facts),
    ...otherApplicationBlocks(input, facts),
    h('What you can do next'),
    p(ANOTHER_ROUTE),
    p(NO_ADMINISTRATIVE_REVIEW),
    editable('additional', 'Anything else to tell the person (optional)', ''),
  );
  return {
    kind: 'refusal',
    id: 'refusal',
    title: 'Refusal of settlement',
    subject: 'Decision: indefinite leave to remain refused',
    blocks,
    facts,
    warnings,
  };
}
