import { describe, expect, it } from 'vitest';
import { ROUTES } from '../routes';
import { decideRelated, missingAnswers } from './index';

const RELATED_FORMATS = ROUTES.filter((route) => route.id !== 'calais').map((route) => route.format);

describe('decideRelated', () => {
  it('dispatches on format', () => {
    const routes = RELATED_FORMATS.map((format) => {
      const result = decideRelated({ format, version: 1, ...(format === 'settlement-protection-case' ? { applicant: 'main' } : {}) }, { decisionDate: '2026-11-23' });
      return result.ok ? result.decision.route : result.errors.join('; ');
    });
    expect(routes).toEqual(['settlement-protection', 'discretionary-leave', 'restricted-leave', 'calais-fee-status']);
  });
  it('an empty case is incomplete, never guessed, and names the answers it needs', () => {
    const result = decideRelated({ format: 'discretionary-leave-case', version: 1 }, { decisionDate: '2026-11-23' });
    expect(result.ok && result.decision.outcome).toBe('incomplete');
    expect(result.ok && missingAnswers(result.decision)).toEqual(['application.kind']);
    const protection = decideRelated({ format: 'settlement-protection-case', version: 1, applicant: 'main', validity: { specifiedForm: true } }, { decisionDate: '2026-11-23' });
    expect(protection.ok && missingAnswers(protection.decision)).toEqual([
      'validity.biometricsProvided',
      'validity.identityEstablished',
      'validity.inUkOnApplicationDate',
      'permission.lastGranted',
      'permission.asylumClaimMadeOn',
      'criminality.hasConvictions',
      'suitability.persistent-offender.applies',
      'suitability.serious-harm.applies',
      'suitability.settlement-not-conducive.applies',
      'status.kind',
      'status.heldSince',
      'status.revokedOrRenounced',
    ]);
  });
  it('reports what is wrong instead of throwing', () => {
    expect(decideRelated({ format: 'calais-case', version: 1 }, { decisionDate: '2026-11-23' }).ok).toBe(false);
    const badDate = decideRelated({ format: 'restricted-leave-case', version: 1, scope: { convictions: [{ convictedOn: '2023-02-29', sentenceMonths: 12, convictedInUk: true }] } }, { decisionDate: '2026-11-23' });
    expect(badDate).toMatchObject({ ok: false });
    expect(!badDate.ok && badDate.errors[0]).toMatch(/^scope\.convictions\[0\]\.convictedOn: .*must be a real date/);
    expect(decideRelated({ format: 'restricted-leave-case', version: 1 }, { decisionDate: '23/11/2026' })).toMatchObject({ ok: false });
  });
});

describe('the decision date', () => {
  const file = { format: 'restricted-leave-case', version: 1, decisionDate: '2026-11-23' };
  it('comes from the file unless the option overrides it', () => {
    expect(decideRelated(file).ok).toBe(true);
    expect(decideRelated({ ...file, decisionDate: undefined }).ok).toBe(false);
    expect(decideRelated({ format: 'restricted-leave-case', version: 1 }, { decisionDate: '2026-11-23' }).ok).toBe(true);
  });
});
