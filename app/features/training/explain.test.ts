import { describe, expect, it } from 'vitest';
import { answersUsed, describeAnswer, valueAtPath } from './explain';

describe('reading the answers a requirement used', () => {
  const caseFile = { leave: { bidIssuedOn: '2017-03-02', presentInUk: true }, criminality: { convictions: [{ id: 'c1', kind: 'non-custodial' }] } };
  it('finds values by path, including list items', () => {
    expect(valueAtPath(caseFile, 'leave.bidIssuedOn')).toBe('2017-03-02');
    expect(valueAtPath(caseFile, 'criminality.convictions[0].kind')).toBe('non-custodial');
    expect(valueAtPath(caseFile, 'criminality.convictions[3].kind')).toBeUndefined();
  });
  it('describes answers in plain English', () => {
    expect(describeAnswer('2017-03-02')).toBe('2 March 2017');
    expect(describeAnswer(true)).toBe('Yes');
    expect(describeAnswer(undefined)).toBe('Not answered');
    expect(describeAnswer('non-custodial')).toBe('non custodial');
    expect(describeAnswer({ applies: false })).toBe('No');
  });
  it('labels each answer', () => {
    expect(answersUsed(caseFile, ['leave.bidIssuedOn'])).toEqual([
      { path: 'leave.bidIssuedOn', label: 'Date the biometric immigration document was issued', value: '2 March 2017' },
    ]);
  });
});
