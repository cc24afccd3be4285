/**
 * A reason's sentence is for people; letters read its code and evidence. Deciding every scenario,
 * then replacing every reason's sentence (the main person's and each dependant's) with "x", must
 * leave every letter's facts relied on, and the letters' other words, as they were.
 */
import { describe, expect, it } from 'vitest';
import type { Decision, Reason } from '../rules';
import { lettersFor, renderText } from './index';
import { decidedScenarios, TEST_SIGNATORY } from './testing';

const reworded = (reasons: readonly Reason[]): Reason[] => reasons.map((r) => ({ ...r, text: 'x' }));

function withoutSentences(decision: Decision): Decision {
  return { ...decision, reasons: reworded(decision.reasons), dependants: decision.dependants.map((d) => ({ ...d, reasons: reworded(d.reasons) })) };
}

const scenarios = decidedScenarios();

describe('letters do not read reason sentences', () => {
  it('the scenarios include refusals on STP 2.1 and section 72, so the check has something to compare', () => {
    const codes = new Set(scenarios.flatMap((s) => s.decision.reasons.filter((r) => r.status === 'not-met').map((r) => r.code)));
    for (const code of ['stp-2.1-a', 'stp-2.1-b', 'stp-2.1-c', 'stp-2.1-d', 'danger-to-community'] as const) expect(codes).toContain(code);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s: same facts relied on and same letters with every reason sentence replaced', (_name, { caseFile, decision }) => {
    const options = { signatory: TEST_SIGNATORY, today: decision.decisionDate };
    const before = lettersFor(caseFile, decision, options);
    const after = lettersFor(caseFile, withoutSentences(decision), options);
    expect(after.map((l) => l.facts)).toEqual(before.map((l) => l.facts));
    expect(after.map(renderText)).toEqual(before.map(renderText));
  });
});
