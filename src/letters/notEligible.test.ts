/**
 * The not-eligible letter (issue 11): built from (case, decision) only, offered once consideration
 * has begun, each eligibility requirement not met in plain words with its citation, the
 * eligible-from date as the decision words it, and what the person can do instead as the
 * decision's actions say.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../case';
import { decide } from '../rules';
import { renderDocx } from './docx';
import { lettersFor, notEligibleReasons, renderText, type Letter } from './index';
import { decidedScenarios, docxParagraphs, scenarioCase, TEST_SIGNATORY } from './testing';

function letters(caseFile: CaseFile): Letter[] {
  const decision = decide(caseFile, { decisionDate: caseFile.decisionDate ?? '2025-06-01' });
  return lettersFor(caseFile, decision, { signatory: TEST_SIGNATORY, today: decision.decisionDate });
}
const notEligible = (caseFile: CaseFile) => letters(caseFile).find((letter) => letter.kind === 'not-eligible' && letter.recipient === 'person');
const text = (caseFile: CaseFile) => {
  const letter = notEligible(caseFile);
  if (!letter) throw new Error('no not-eligible letter');
  return renderText(letter);
};
const charge = { hasPendingCharges: true, pendingCharges: [{ id: 'p1', offence: 'assault', chargedOn: '2022-01-10', where: 'uk' as const }] };

describe('the not-eligible letter', () => {
  const considered = decidedScenarios().filter((s) => s.decision.outcome === 'not-eligible' && !s.decision.beforeConsideration);

  it('there are not-eligible scenarios to check', () => expect(considered.length).toBeGreaterThanOrEqual(8));

  it('is offered for every not-eligible decision once considered, and names each requirement not met by its citation', () => {
    for (const { name, caseFile, decision } of considered) {
      const body = text(caseFile);
      const failing = notEligibleReasons(decision.reasons);
      expect(failing.length, name).toBeGreaterThan(0);
      for (const reason of failing) expect(body, name).toContain(` – ${reason.citation}\n`);
      expect(body, name).toContain('we decided that you do not qualify for settlement under the concession');
      // Requirements met are not given as reasons.
      for (const reason of decision.reasons.filter((r) => r.status === 'met')) expect(body, name).not.toContain(` – ${reason.citation}\n`);
    }
  });

  it('is never offered before consideration (the process letters continue)', () => {
    const early = scenarioCase('67-bid-short-before-questionnaire');
    expect(decide(early, { decisionDate: early.decisionDate ?? '' }).beforeConsideration).toBe(true);
    expect(letters(early).map((letter) => letter.kind)).not.toContain('not-eligible');
  });

  it('states the eligible-from date, and that it holds unless the prosecution ends in a conviction only when the decision says so', () => {
    const bid = scenarioCase('02-bid-day-before-five-years');
    expect(text(bid)).toContain('you would meet the requirements of the concession from 1 March 2022. You may be considered');
    const charged: CaseFile = { ...bid, criminality: { ...bid.criminality, ...charge } };
    const decision = decide(charged, { decisionDate: charged.decisionDate ?? '' });
    expect(decision).toMatchObject({ outcome: 'not-eligible', eligibleFrom: '2022-03-01', eligibleFromUnlessConvicted: true });
    expect(text(charged)).toContain('from 1 March 2022, unless the prosecution you face ends in a conviction.');
    expect(notEligible(charged)?.facts['Date holds unless convicted']).toBe('Yes: a prosecution is under way');
    expect(text(bid)).not.toContain('unless the prosecution');
    // Only the BID's 5 years are short: no other route is pointed to.
    expect(decision.actions.map((a) => a.code)).not.toContain('seek-leave-on-another-route');
    expect(text(bid)).not.toContain('What you can do instead');
  });

  it('says what the person can do instead exactly when the decision’s actions say so', () => {
    for (const { name, caseFile, decision } of considered) {
      const body = text(caseFile);
      const codes = decision.actions.map((a) => a.code);
      expect(body.includes('What you can do instead'), name).toBe(codes.includes('seek-leave-on-another-route'));
      expect(body.includes('Your other application'), name).toBe(codes.includes('continue-other-application'));
    }
    expect(text(scenarioCase('07-section-67-leave'))).toContain('section 67 of the Immigration Act 2016');
    // Already settled or British: nothing to seek, and the status they hold is not affected.
    expect(text(scenarioCase('09-already-settled'))).toContain('This decision does not affect the settlement you hold.');
    expect(text(scenarioCase('10-british-citizen'))).toContain('This decision does not affect your citizenship.');
    expect(text(scenarioCase('09-already-settled'))).not.toContain('What you can do instead');
  });

  it('with an outstanding application, says it continues under its own route', () => {
    const base = scenarioCase('06-not-in-uk');
    const outstanding: CaseFile = { ...base, otherApplication: { outstanding: true, inTime: true, route: 'family (partner)', madeOn: '2022-02-14', considerUnderCalaisPolicy: 'yes' } };
    expect(text(outstanding)).toContain('This decision does not end your application for further leave to remain on the family (partner) route, made on 14 February 2022.');
  });

  it('is copied to a legal representative on record', () => {
    const base = scenarioCase('08-leave-revoked');
    const withRep: CaseFile = { ...base, contact: { ...base.contact, hasRepresentative: true, representative: { name: 'Sam Patel', address: '10 Law Street\nLeeds LS2 2BB' } } };
    expect(letters(withRep).map((letter) => letter.id)).toEqual(['not-eligible', 'not-eligible-representative']);
  });

  it('keeps names with <, quotes and right-to-left text as they are in the text and the .docx', async () => {
    const base = scenarioCase('06-not-in-uk');
    const hostile: CaseFile = { ...base, identity: { ...base.identity, givenNames: '<b>"Zoë"</b> O’Brien', familyName: 'أحمد' } };
    const letter = notEligible(hostile) as Letter;
    const name = '<b>"Zoë"</b> O’Brien أحمد';
    expect(renderText(letter)).toContain(`Dear ${name}`);
    const { xml, paragraphs } = await docxParagraphs(await renderDocx(letter));
    expect(xml).not.toContain('<b>');
    expect(paragraphs).toContain(`Dear ${name}`);
    expect(paragraphs).toContain('Why you do not qualify');
  });
});
