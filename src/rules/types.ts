/**
 * The shape of a decision. Letters, the explanation panel and the trainer read these; they never
 * recompute eligibility. Keep the shapes stable: other modules build on them.
 */
import type { IsoDate } from '../dates';
import type { DependantOutcome, Outcome, SentenceKind } from '../case/schema';
import type { ReasonCode } from './reasonCodes';

export type { DependantOutcome, Outcome } from '../case/schema';
export type { ReasonCode } from './reasonCodes';

/** One recorded conviction as a reason rests on it: which one, what sentence, and when it stops counting. */
export interface ConvictionEvidence {
  /** The conviction's `id` in the case file. */
  conviction: string;
  /** Its position in the person's conviction list (0-based). */
  index: number;
  /** The offence, when recorded. */
  offence?: string;
  /** The date of conviction (or of the disposal), when recorded. */
  convictedOn?: IsoDate;
  /** Set for a conviction outside the UK. */
  overseas?: true;
  /** The kind of sentence or disposal. */
  kind: SentenceKind;
  /** A custodial sentence's length in months. */
  months?: number;
  /** The date a custodial sentence ends. */
  endsOn?: IsoDate;
  /** For a time-limited limb: the first date this conviction no longer counts. */
  stopsApplyingOn?: IsoDate;
}

/**
 * The thresholds of one STP 2.1 limb, as read from `STP_THRESHOLDS` on the decision date:
 * (a) `minMonths`; (b) `minMonths`, `belowMonths`, `years`; (c) `belowMonths`, `years`;
 * (d) `windowMonths` and `windowStart` (the first date of conviction inside the window).
 */
export interface StpThreshold {
  minMonths?: number;
  belowMonths?: number;
  years?: number;
  windowMonths?: number;
  windowStart?: IsoDate;
}

/** Evidence of an STP 2.1 (a)–(d) limb: the convictions engaging it and those that no longer do. */
export interface StpLimbEvidence {
  type: 'stp-limb';
  limb: 'a' | 'b' | 'c' | 'd';
  threshold: StpThreshold;
  /** Convictions that engage the limb on the decision date. */
  engaged: ConvictionEvidence[];
  /** Convictions that would engage it but whose time limit has passed. */
  lapsed: ConvictionEvidence[];
}

/** One custodial conviction as section 72 reads it, with the threshold in force on its date of conviction. */
export interface Section72ConvictionEvidence extends ConvictionEvidence {
  /** The shortest sentence (months) of a particularly serious crime on the date of conviction (`SECTION_72_MINIMUM_MONTHS`). */
  minimumMonths: number;
}

/** Evidence of 352J(iv) with section 72 NIAA 2002. */
export interface Section72Evidence {
  type: 'section-72';
  /** Particularly serious crimes raising the presumption (no appeal pending). */
  qualifying: Section72ConvictionEvidence[];
  /** Convictions reaching the threshold under appeal: the presumption does not apply to them. */
  appealPending: Section72ConvictionEvidence[];
  /** Overseas convictions reaching the threshold for which a similar UK offence could not have (section 72(2)(b)). */
  overseasNotSimilar: Section72ConvictionEvidence[];
  /** The caseworker's finding that the presumption is not rebutted (`true`), is rebutted (`false`), or none. */
  presumptionNotRebutted?: boolean;
}

/** Structured evidence of a reason: what code reads instead of its sentence. */
export type ReasonEvidence = StpLimbEvidence | Section72Evidence;

/** Whether a requirement is met, not met, or cannot be assessed because an answer is missing. */
export type ReasonStatus = 'met' | 'not-met' | 'unknown';

/** One requirement checked, with its citation, its status and the facts it used. */
export interface Reason {
  /** Stable identifier of the requirement, e.g. `stp-2.1-b` or `bid-held-five-years` (`REASON_CODES`). */
  code: ReasonCode;
  /** The paragraph in canonical form, e.g. `352J(iii)`, `STP 2.1(b)`, `9.7.1`, `SUI 10.1`, `352T`. */
  citation: string;
  /** `met`: the requirement is satisfied (for a refusal ground: the ground does not apply). */
  status: ReasonStatus;
  /**
   * Plain English naming the facts used, e.g. dates and sentences: for people only. Code (letters,
   * pages) reads `code`, `status`, `evidence` and the other fields, never this sentence.
   */
  text: string;
  /** The structured facts the sentence states (STP 2.1 (a)–(d), section 72). */
  evidence?: ReasonEvidence;
  /** Field paths of the case file this requirement read. */
  facts: string[];
  /** For an `unknown` requirement: the field paths whose answers are missing. */
  missing?: string[];
  /** For a time-limited ground that is `not-met`: the first date on which it stops applying. */
  timeLimited?: { until: IsoDate };
  /** Set when the recorded facts contradict each other (e.g. a Calais transfer outside 352I). */
  inconsistent?: true;
  /**
   * For a requirement that rests on recorded convictions (STP 2.1(a)–(d)): the ids of the
   * convictions it rests on, and which of them are under appeal or have no appeal answer.
   * A refusal resting only on convictions under appeal is held (docs/rules.md, "Appeals").
   */
  convictions?: { ids: string[]; appealPending: string[]; appealNotRecorded: string[] };
  /**
   * Other requirements that assess the same facts, by reason code and citation: a 9.4.1 / SUI 5.1
   * or 9.4.3 / SUI 5.3 finding points to the STP 2.1 limbs that assess the recorded sentences with
   * their time limits (`CRIMINALITY_FINDING_READING` in `grounds.ts`).
   */
  assessedWith?: { code: ReasonCode; citation: string }[];
}

/** A missing answer: its field path and a plain-English label. */
export interface MissingAnswer {
  /** Field path, e.g. `leave.bidIssuedOn` or `dependants.people[0].holds352T`. */
  path: string;
  /** What to ask for, in plain English. */
  label: string;
}

/** The decision for one dependant. */
export interface DependantDecision {
  /** The dependant's `id` in the case file. */
  id: string;
  /** Position in `dependants.people`. */
  index: number;
  /** What happens to the dependant. */
  outcome: DependantOutcome;
  /** The dependant's own requirements (352T, then 352J except (ii), then STP 2.1). */
  reasons: Reason[];
  /** For `awaiting-information`: the dependant's own answers needed before they can be decided. */
  missing?: MissingAnswer[];
}

/**
 * Every next step a decision can ask of the caseworker, on every route: one list, so that the app,
 * the letters and the CLI key on one vocabulary. The first group is the Calais route's; the second
 * the related routes' (referrals, approvals, notices).
 */
export const ACTION_CODES = [
  // Calais leave
  'serve-decision',
  'serve-decision-on-representative',
  'send-hold-letter',
  'void-other-application-after-service',
  'refund-fee-and-ihs',
  'continue-other-application',
  'consider-restricted-leave',
  'request-biometrics',
  'chase-questionnaire',
  'record-missing-answers',
  'check-inconsistent-record',
  'advise-family-route',
  'seek-leave-on-another-route',
  // Settlement protection, discretionary leave, restricted leave
  'reject-invalid',
  'consider-under-rules',
  'defer-removal',
  'refer-senior-caseworker',
  'discuss-senior-caseworker',
  'lapses-on-travel',
  'consider-temporary-permission-to-stay',
  'refuse-settlement-grant-further-dl',
  'vary-or-curtail-on-determination',
  'consider-refugee-leave',
  'consider-other-leave',
  'prioritise-removal',
  'approval-scs-pb1',
  'indefinite-refused',
  'approval-grade-6',
  'police-pdp-referral',
  'dependants-in-line',
  'letter-and-notice',
] as const;
/** A stable code for a next step. */
export type ActionCode = (typeof ACTION_CODES)[number];

/** A next step for the caseworker, on any route. */
export interface Action {
  /** Stable code; the app and letters key on it. */
  code: ActionCode;
  /** What to do, in plain English. */
  text: string;
  /** The paragraph the step comes from, where the guidance names one (every related-route step does). */
  citation?: string;
  /** Set when the step concerns one dependant. */
  dependantId?: string;
}

/** The full decision on a case. */
export interface Decision {
  /** Exactly one outcome; precedence in `decide` and docs/rules.md. */
  outcome: Outcome;
  /** The decision date the rules were applied on. */
  decisionDate: IsoDate;
  /** Every requirement checked, in the order of the guidance. */
  reasons: Reason[];
  /** One entry per dependant, in the order of `dependants.people` (only when `hasDependants` is true). */
  dependants: DependantDecision[];
  /** What the caseworker must do next. */
  actions: Action[];
  /**
   * For `awaiting-information`: the answers needed (and facts to check) before a decision; for a
   * `not-eligible` decision `beforeConsideration`, the process steps still to finish.
   */
  missing: MissingAnswer[];
  /**
   * For `not-eligible` only because the BID has not been held 5 years, and for a refusal resting
   * only on time-limited grounds (STP 2.1(b)–(d)): the first date those stop applying.
   */
  eligibleFrom?: IsoDate;
  /**
   * Set with `eligibleFrom` when a prosecution is under way: the date holds unless the
   * prosecution ends in a conviction (the letter words it so).
   */
  eligibleFromUnlessConvicted?: true;
  /**
   * Set on a `not-eligible` decision reached before consideration can begin (guidance,
   * "Operational process": once the questionnaire is returned and biometrics are enrolled). The
   * failure is shown early, but nothing is served: the next steps finish the process first.
   */
  beforeConsideration?: true;
  /**
   * The answers still missing that could change the outcome (each once, in the order of the
   * reasons): for `awaiting-information` every answer in `missing`; for a hold, the unrecorded
   * answers that could still turn it into a refusal; for a refusal, an unanswered "any
   * convictions / charges / dependants?" with a list kept under it (a "No" would make the record
   * inconsistent); for a declined consideration, the eligibility answers missing. Empty when no
   * missing answer can change the outcome: a known eligibility failure, a grant (a 352T child's
   * own answers decide only the child), a firm refusal.
   */
  couldChangeOutcome: MissingAnswer[];
  /**
   * `true` when the outcome waits for answers still missing, so it is not acted on yet:
   * `awaiting-information`, and any other outcome with `couldChangeOutcome` not empty, except a
   * hold pending prosecution, which the guidance requires now ("you must keep the case on hold …
   * you must write to the individual") whatever is still unrecorded. `false`: the outcome can be
   * shown and acted on although answers are missing (docs/rules.md, "When the decision can start").
   */
  waitsForAnswers: boolean;
  /** The version of these rules. */
  rulesVersion: string;
}

/** Options for every route's `decide`. */
export interface DecideOptions {
  /** The date the decision is made on (`YYYY-MM-DD`). Required: the rules never read a clock. */
  decisionDate: IsoDate;
}

/** The dates a decision gives, on any route; each only where the route's rules set it. */
export interface DecisionDates {
  /** The first day the person would be eligible (a qualifying period complete, a time-limited ground lapsed). */
  eligibleFrom?: IsoDate;
  /** The day a grant of leave ends. */
  expiry?: IsoDate;
  /** The day the grant must be reviewed. */
  review?: IsoDate;
}

/** An answer a decision still needs, with the page that asks it where the route knows it. */
export interface EnvelopeMissingAnswer extends MissingAnswer {
  /** The page of the route's wizard that asks the question, when known. */
  page?: string;
}

/**
 * One decision envelope for every route (src/routes.ts builds it from each route's own decision):
 * what the CLI prints, the scenario test compares and a new route needs to give. Route-specific
 * facts of the decision (dependants, months of leave…) stay under `details`, typed per route.
 */
export interface DecisionEnvelope<RouteName extends string = string, Details = Record<string, unknown>> {
  /** The route's id in the registry, e.g. `calais` or `restricted-leave`. */
  route: RouteName;
  /** The route's outcome code, e.g. `grant-settlement` or `further-permission`. */
  outcome: string;
  /** The paragraph the outcome is taken under, where the route names one. */
  decisionCitation?: string;
  /** The decision date the rules were applied on. */
  decisionDate: IsoDate;
  /** Every requirement checked, in the order of the guidance, each with its citation, status and evidence. */
  reasons: Reason[];
  /** What the caseworker must do next. */
  actions: Action[];
  /** The answers still needed, each once, in the order the reasons ask them. */
  missing: EnvelopeMissingAnswer[];
  /** Eligible from, expiry, review. */
  dates: DecisionDates;
  /** The version of the route's rules. */
  rulesVersion: string;
  /** What only this route's decisions carry. */
  details: Details;
}
