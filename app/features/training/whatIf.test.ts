import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../../src/case';
import type { Decision, Reason, ReasonCode } from '../../../src/rules';
import { compareDecisions, currentValue, setAtPath, whatIfFields } from './whatIf';

function reason(code: string, status: Reason['status'], citation = code): Reason {
  return { code: code as ReasonCode, citation, status, text: `${code} ${status}`, facts: [] };
}

function decision(outcome: Decision['outcome'], reasons: Reason[]): Decision {
  return { outcome, decisionDate: '2025-06-01', reasons, dependants: [], actions: [], missing: [], couldChangeOutcome: [], waitsForAnswers: false, rulesVersion: 'test' };
}

describe('setAtPath', () => {
  it('returns a changed copy and leaves the original untouched', () => {
    const original = { criminality: { convictions: [{ id: 'a', convictedOn: '2020-01-01' }] } };
    const changed = setAtPath(original, 'criminality.convictions[0].convictedOn', '2024-01-01');
    expect(changed.criminality.convictions[0]?.convictedOn).toBe('2024-01-01');
    expect(original.criminality.convictions[0]?.convictedOn).toBe('2020-01-01');
  });
  it('creates missing objects on the way', () => {
    expect(setAtPath({} as Record<string, unknown>, 'suitability.deception.applies', true)).toEqual({ suitability: { deception: { applies: true } } });
  });
});

describe('compareDecisions', () => {
  it('lists only the requirements whose status or citation changed, and whether the outcome moved', () => {
    const before = decision('refuse-settlement', [reason('a', 'met'), reason('b', 'not-met'), reason('c', 'met')]);
    const after = decision('grant-settlement', [reason('a', 'met'), reason('b', 'met'), reason('c', 'met', 'other')]);
    const { outcomeChanged, changes } = compareDecisions(before, after);
    expect(outcomeChanged).toBe(true);
    expect(changes.map((change) => change.code)).toEqual(['b', 'c']);
  });
  it('reports no change for the same decision', () => {
    const same = decision('grant-settlement', [reason('a', 'met')]);
    expect(compareDecisions(same, same)).toEqual({ outcomeChanged: false, changes: [] });
  });
});

describe('whatIfFields', () => {
  it('offers each conviction and each recorded finding', () => {
    const caseFile = {
      ...emptyCase('x'),
      criminality: { hasConvictions: true, convictions: [{ id: 'c1', offence: 'Theft', convictedOn: '2022-05-01' }] },
      suitability: { deception: { applies: false } },
    };
    const fields = whatIfFields(caseFile);
    const paths = fields.map((field) => field.path);
    expect(paths).toContain('criminality.convictions[0].convictedOn');
    expect(paths).toContain('suitability.deception.applies');
    const conviction = fields.find((field) => field.path === 'criminality.convictions[0].convictedOn');
    expect(conviction?.label).toBe('Conviction 1 (Theft): date of conviction');
    expect(currentValue(caseFile, conviction!)).toBe('2022-05-01');
    expect(currentValue(caseFile, fields.find((field) => field.path === 'suitability.deception.applies')!)).toBe('no');
  });
});
