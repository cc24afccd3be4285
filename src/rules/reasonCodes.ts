/**
 * Every reason code, on every route: one code per requirement checked. A reason's code is what
 * letters, pages and tests key on (never its sentence). A new requirement adds its code here.
 */
import type { SuitabilityGroundCode } from '../case/schema';

/** Calais leave (352I–352U with the concession), main person and dependants. */
export const CALAIS_REASON_CODES = [
  'granted-calais-leave',
  'holds-352T-leave',
  'main-person-granted',
  'dependants-recorded',
  'present-in-uk',
  'leave-not-revoked',
  'bid-held-five-years',
  'bid-not-revoked',
  'not-already-settled',
  'transfer-basis',
  'transfer-in-window',
  'protection-claim-refused',
  'questionnaire-returned',
  'biometrics-enrolled',
  'calais-policy-chosen',
  'section-3c-application',
] as const;

/** Shared criminality: 352J(iv) with section 72, appeals, pending charges, a consistent conviction record. */
export const CRIMINALITY_REASON_CODES = [
  'danger-to-community',
  'convictions-record-consistent',
  'no-appeal-pending',
  'no-charges-pending',
  'charges-record-consistent',
] as const;

/** Settlement protection (Appendix Settlement Protection), besides STP 2.1 / 7.1 (a)–(d). */
export const PROTECTION_REASON_CODES = [
  'stp-1.1-form',
  'stp-1.2(a)-biometrics',
  'stp-1.2(b)-identity',
  'stp-1.2(c)-in-uk',
  'stp-1.3-permission',
  'stp-11.2-still-qualifies',
  'stp-3.1-qualifying-period',
  'stp-4.1-not-revoked',
  'stp-5.2-still-entitled',
  'stp-6.1-form',
  'stp-6.2(a)-biometrics',
  'stp-6.2(b)-identity',
  'stp-6.2(c)-in-uk',
  'stp-6.3-permission',
  'stp-8.1-sponsor',
  'stp-8.2-relationship',
  'stp-8a.1(a)-age',
  'stp-8a.1(b)-care',
  'stp-8a.1(c)-relationship',
] as const;

/** Discretionary leave, besides its Part 9 findings. */
export const DISCRETIONARY_REASON_CODES = [
  'dl-application-kind',
  'dl-category',
  'dl-children-best-interests',
  'dl-criminality-persistent',
  'dl-criminality-sentence',
  'dl-criminality-serious-harm',
  'dl-exception-circumstances',
  'dl-exception-known-offending',
  'dl-exception-no-new-convictions',
  'dl-exception-not-restricted',
  'dl-exception-previous-grant',
  'dl-key-principles-article-8',
  'dl-key-principles-rules',
  'dl-ms-conclusive-grounds',
  'dl-ms-further-leave',
  'dl-ms-not-determined',
  'dl-ms-not-to-consider',
  'dl-ms-trafficking-claim',
  'dl-period',
  'dl-period-choice',
  'dl-restricted-leave-scope',
  'dl-return-within-6-months',
  'dl-settlement-deferral',
  'dl-settlement-period',
] as const;

/** Restricted leave. */
export const RESTRICTED_REASON_CODES = [
  'rl-request',
  'rl-approval-scs-pb1',
  'rl-approval-after-dl',
  'rl-condition-public-funds',
  'rl-condition-reporting',
  'rl-condition-residence',
  'rl-condition-study',
  'rl-condition-work',
  'rl-duration',
  'rl-echr-barrier',
  'rl-indefinite-exceptional',
  'rl-scope',
  'rl-scope-1954-convention',
  'rl-scope-339d',
  'rl-scope-article-1f',
  'rl-scope-article-33-2-crime',
  'rl-scope-article-33-2-security',
  'rl-scope-s72',
] as const;

/** Calais fee status. */
export const FEE_STATUS_REASON_CODES = [
  'fee-a-calais-leave',
  'fee-b-residence-since-grant',
  'fee-becoming-eligible',
  'fee-c-residence-first-term',
  'fee-scope-academic-year',
  'fee-scope-course',
] as const;

/** STP 2.1 (a)–(d) and, for a protection route's dependants' and others' paragraph, STP 7.1 (a)–(d). */
export type StpLimbCode = `stp-${'2.1' | '7.1'}-${'a' | 'b' | 'c' | 'd'}`;

/** A stable code for a requirement. */
export type ReasonCode =
  | (typeof CALAIS_REASON_CODES)[number]
  | (typeof CRIMINALITY_REASON_CODES)[number]
  | (typeof PROTECTION_REASON_CODES)[number]
  | (typeof DISCRETIONARY_REASON_CODES)[number]
  | (typeof RESTRICTED_REASON_CODES)[number]
  | (typeof FEE_STATUS_REASON_CODES)[number]
  | StpLimbCode
  /** A caseworker's finding on a suitability ground (352J(v), STP 2.1 (e)–(g)). */
  | `finding-${SuitabilityGroundCode}`
  /** Discretionary leave: a Part 9 ground. */
  | `dl-part-9-${SuitabilityGroundCode}`;
