import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideRelated, relatedCaseSchema } from './index';
import { migrateRelatedCase, RELATED_FORMAT_VERSIONS } from './migrate';

const ROOT = join(import.meta.dirname, '..', '..', 'public', 'scenarios', 'related');

describe('migrating related case files from version 1', () => {
  it.each([
    [{ custodialSentences: [] }, false],
    [{ custodialSentences: [{ convictedOn: '2021-01-01', months: 6 }] }, true],
    [{ persistentOffender: false }, undefined],
  ])('discretionary leave: criminality %j → hasCustodialSentences %s', (criminality, has) => {
    const out = migrateRelatedCase({ format: 'discretionary-leave-case', version: 1, criminality }) as { version: number; criminality: Record<string, unknown> };
    expect(out.version).toBe(2);
    expect(out.criminality).toEqual(has === undefined ? criminality : { ...criminality, hasCustodialSentences: has });
  });
  it.each([
    [{ imprisonment: [] }, false],
    [{ imprisonment: [{ from: '2016-05-01', to: '2016-05-10' }] }, true],
    [{ grants: [] }, undefined],
  ])('discretionary leave: history %j → hasImprisonment %s', (history, has) => {
    const out = migrateRelatedCase({ format: 'discretionary-leave-case', version: 1, history }) as { history: Record<string, unknown> };
    expect(out.history).toEqual(has === undefined ? history : { ...history, hasImprisonment: has });
  });
  it.each([
    [{ convictions: [] }, false],
    [{ convictions: [{ convictedOn: '2023-01-01', sentenceMonths: 12, convictedInUk: true }] }, true],
    [{ excludedArticle1F: true }, undefined],
  ])('restricted leave: scope %j → hasConvictions %s', (scope, has) => {
    const out = migrateRelatedCase({ format: 'restricted-leave-case', version: 1, scope }) as { version: number; scope: Record<string, unknown> };
    expect(out.version).toBe(2);
    expect(out.scope).toEqual(has === undefined ? scope : { ...scope, hasConvictions: has });
  });
  it('leaves the current version, other formats and non-objects alone, and never changes its input', () => {
    const v2 = { format: 'discretionary-leave-case', version: 2, criminality: { custodialSentences: [] } };
    expect(migrateRelatedCase(v2)).toBe(v2);
    const protection = { format: 'settlement-protection-case', version: 1, applicant: 'main' };
    expect(migrateRelatedCase(protection)).toBe(protection);
    expect(migrateRelatedCase(null)).toBe(null);
    const v1 = { format: 'restricted-leave-case', version: 1, scope: { convictions: [] } };
    migrateRelatedCase(v1);
    expect(v1).toEqual({ format: 'restricted-leave-case', version: 1, scope: { convictions: [] } });
  });
  it('the migrated file is valid in the current version of its format', () => {
    for (const format of ['discretionary-leave-case', 'restricted-leave-case'] as const) {
      const parsed = relatedCaseSchema.safeParse(migrateRelatedCase({ format, version: 1 }));
      expect(parsed.success && parsed.data.version).toBe(RELATED_FORMAT_VERSIONS[format]);
    }
  });
  it('a version 1 file decides as its version 2 form: the answers are the same', () => {
    const v1 = {
      format: 'restricted-leave-case',
      version: 1,
      request: 'initial',
      scope: { excludedArticle1F: false, excluded339D: false, excludedStatelessConvention: false, dangerToSecurity: false, convictions: [{ convictedOn: '2022-07-01', sentenceMonths: 12, convictedInUk: true, appealPending: false }], dangerPresumptionRebutted: false },
      echrBarrier: true,
      duration: { removalLikelyWithin6Months: false, riskNeedsFrequentReview: false },
      conditions: { risk: 'lower', destitute: false },
    };
    const v2 = { ...v1, version: 2, scope: { ...v1.scope, hasConvictions: true } };
    const a = decideRelated(v1, { decisionDate: '2026-11-23' });
    const b = decideRelated(v2, { decisionDate: '2026-11-23' });
    expect(a.ok && b.ok).toBe(true);
    expect(a).toEqual(b);
    expect(a.ok && a.decision.outcome).toBe('grant');
  });
  it('every version 1 scenario file still reads and decides as it expects', () => {
    const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json') && f !== 'index.json');
    const v1 = files.map((f) => JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as { version: number; scenario: { expected: { outcome: string } } }).filter((f) => f.version === 1);
    expect(v1.length).toBeGreaterThan(10);
    for (const file of v1) {
      const result = decideRelated(file);
      expect(result.ok && result.decision.outcome).toBe(file.scenario.expected.outcome);
    }
  });
});
