/**
 * The hold letter (guidance, "Cases where there are criminal charges pending"): the case will not
 * be decided until the criminal proceedings are completed. Children considered in line are held
 * with the person (domain notes §6).
 */
import type { Criminality } from '../case/schema';
import { formatLong, isIsoDate } from '../dates';
import type { DependantDecision } from '../rules';
import { editable, h, p, type LetterBody, type LetterInput } from './compose';
import { dependantsWithOutcome } from './dependants';
import { dependantName, joinAnd, joinName } from './format';
import type { Block } from './types';

/** The charges not yet decided, as list items: "assault, charged on 2 April 2025". */
function chargeItems(criminality: Criminality | undefined): string[] {
  const charges = criminality?.hasPendingCharges === true ? (criminality.pendingCharges ?? []) : [];
  return charges.map((charge) => {
    const parts = [charge.offence?.trim() || 'an offence'];
    if (charge.chargedOn && isIsoDate(charge.chargedOn)) parts.push(`charged on ${formatLong(charge.chargedOn)}`);
    if (charge.where === 'overseas') parts.push('outside the UK');
    return parts.join(', ');
  });
}

/**
 * The convictions under appeal that the decision holds the case for (product rule, docs/rules.md
 * "Appeals"), read from the decision's `no-appeal-pending` reason, as list items.
 */
function appealItems(caseFile: LetterInput['caseFile'], decision: LetterInput['decision']): string[] {
  const appeal = decision.reasons.find((r) => r.code === 'no-appeal-pending' && r.status === 'not-met');
  const ids = appeal?.convictions?.ids ?? [];
  const list = caseFile.criminality?.convictions ?? [];
  return ids.map((id) => {
    const conviction = list.find((c) => c.id === id);
    const parts = [conviction?.offence?.trim() || 'an offence'];
    if (conviction?.convictedOn && isIsoDate(conviction.convictedOn)) parts.push(`convicted on ${formatLong(conviction.convictedOn)}`);
    if (conviction?.where === 'overseas') parts.push('outside the UK');
    return parts.join(', ');
  });
}

/** Builds the hold letter. */
export function holdLetter(input: LetterInput): LetterBody {
  const { caseFile, decision } = input;
  const prosecution = decision.reasons.some((r) => r.code === 'no-charges-pending' && r.status === 'not-met');
  const charges = prosecution ? chargeItems(caseFile.criminality) : [];
  const appeals = appealItems(caseFile, decision);
  const held = dependantsWithOutcome(caseFile, decision, 'on-hold');
  const blocks: Block[] = [
    p('We are considering whether you can be granted settlement (indefinite leave to remain) under the Calais leave policy.'),
    h('Why we cannot decide your case yet'),
  ];
  if (appeals.length > 0) {
    blocks.push(
      p(appeals.length === 1 ? 'Our records show that you have appealed against a conviction, and the appeal has not yet been decided:' : 'Our records show that you have appealed against convictions, and the appeals have not yet been decided:'),
      { kind: 'list', items: appeals },
      p('If the conviction stands, it could mean that you do not meet the suitability requirements for settlement. We will therefore not decide your case until the appeal has been decided.'),
    );
  }
  if (!prosecution) {
    // Held only for the appeal: nothing to say about charges.
  } else if (charges.length > 0) {
    blocks.push(p(charges.length === 1 ? 'Our records show that you face a criminal charge that has not yet been decided:' : 'Our records show that you face criminal charges that have not yet been decided:'), {
      kind: 'list',
      items: charges,
    });
  } else {
    blocks.push(p('Our records show that you face criminal proceedings that have not yet been completed.'));
  }
  if (prosecution) {
    blocks.push(
      p('If you were convicted, this could mean that you do not meet the suitability requirements for settlement. We will therefore not decide your case until the criminal proceedings are completed.'),
    );
  }
  const what = [prosecution ? 'criminal proceedings are completed' : undefined, appeals.length > 0 ? 'appeal has been decided' : undefined].filter((x) => x !== undefined).join(' and your ');
  if (held.length > 0) {
    blocks.push(p(`We are considering ${joinAnd(held)} for settlement in line with you. ${held.length === 1 ? 'Their case' : 'Their cases'} will also wait until your ${what}.`));
  }
  blocks.push(
    h('What you need to do'),
    p(`Please tell us as soon as your ${what}, and what the outcome was. We will then consider your case.`),
    p('You do not need to do anything else now. This letter is not a decision on your settlement.'),
    editable('additional', 'Anything else to tell the person (optional)', ''),
  );
  return {
    kind: 'hold',
    id: 'hold',
    title: prosecution ? 'Hold letter: criminal proceedings not yet completed' : 'Hold letter: appeal against a conviction not yet decided',
    subject: 'Your Calais leave settlement case is on hold',
    blocks,
    facts: {
      Decision: `On hold until ${what}`,
      ...(prosecution ? { 'Charges pending': charges.length > 0 ? charges.join('; ') : 'Criminal proceedings (no charge recorded)' } : {}),
      ...(appeals.length > 0 ? { 'Appeals pending': appeals.join('; ') } : {}),
      'Children held in line': held.length > 0 ? held.join('; ') : 'None',
    },
    warnings: prosecution && charges.length === 0 ? ['No pending charge is recorded: the letter does not say which proceedings.'] : [],
  };
}

/**
 * The hold letter for a child considered in line when the person is granted but the child faces
 * criminal proceedings of their own (the decision's `send-hold-letter` action for a dependant).
 * Written to the person, at their address: the case file holds no separate address for a child.
 */
export function dependantHoldLetter(input: LetterInput, dependant: DependantDecision): LetterBody {
  const { caseFile } = input;
  const person = caseFile.dependants?.people?.find((d) => d.id === dependant.id) ?? caseFile.dependants?.people?.[dependant.index];
  const child = dependantName(person, dependant.index);
  const childShort = joinName(person?.givenNames, person?.familyName) ?? 'your child';
  const charges = chargeItems(person?.criminality);
  const blocks: Block[] = [
    p(`We have decided to grant you indefinite leave to remain; our decision is in a separate letter. We are also considering whether ${child} can be granted settlement in line with you.`),
    h('Why we cannot decide this case yet'),
  ];
  if (charges.length > 0) {
    blocks.push(p(`Our records show that ${childShort} faces ${charges.length === 1 ? 'a criminal charge' : 'criminal charges'} that ${charges.length === 1 ? 'has' : 'have'} not yet been decided:`), { kind: 'list', items: charges });
  } else {
    blocks.push(p(`Our records show that ${childShort} faces criminal proceedings that have not yet been completed.`));
  }
  blocks.push(
    p('A conviction could mean that the suitability requirements for settlement are not met. We will therefore not decide this case until the criminal proceedings are completed.'),
    h('What you need to do'),
    p('Please tell us as soon as the criminal proceedings are completed, and what the outcome was. We will then decide whether to grant them settlement in line with you.'),
    p('This letter is not a decision on settlement in line with you.'),
    editable('additional', 'Anything else to tell the person (optional)', ''),
  );
  const id = `hold-dependant-${dependant.index + 1}`;
  return {
    kind: 'hold',
    id,
    title: `Hold letter: settlement in line for dependant ${dependant.index + 1}`,
    subject: 'Settlement in line with you: on hold',
    blocks,
    facts: {
      Decision: `Settlement in line for dependant ${dependant.index + 1} on hold until criminal proceedings are completed`,
      Dependant: child,
      'Charges pending': charges.length > 0 ? charges.join('; ') : 'Criminal proceedings (no charge recorded)',
    },
    warnings: charges.length === 0 ? ['No pending charge is recorded for the dependant: the letter does not say which proceedings.'] : [],
  };
}
