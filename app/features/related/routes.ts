/**
 * The four related-route wizards: what each asks, page by page, and how the answers become the
 * route's case file (src/related). The questions follow each route's zod schema; a question is
 * asked only when the answers so far make it relevant.
 */
import {
  calaisFeeStatusCaseSchema,
  decideRelatedCase,
  discretionaryLeaveCaseSchema,
  migrateRelatedCase,
  RELATED_FORMAT_VERSIONS,
  restrictedLeaveCaseSchema,
  settlementProtectionCaseSchema,
  type RelatedCase,
  type RelatedDecision,
} from '../../../src/related';
import type { RelatedRouteId } from './ids';
import { DL_CRIMINALITY_CUT_OVER } from '../../../src/rules/discretionary/parameters';
import { DL_PART_NINE_GROUNDS } from '../../../src/rules/discretionary/schema';
import { suitabilityGround } from '../../../src/rules/grounds';
import { formatLong } from '../../../src/dates';
import { answersToFacts, dateValue, numberValue, setPath, type Answers, type Choice, type Question, type QuestionPage } from './model';
import { clearIssues } from '../../../src/issues';

/** One line for an add-another entry's summary: its answers, in the order given, as they read. */
function describeEntry(answers: Answers, prefix: string, parts: [string, Choice[] | 'date' | 'months'][], separator = ', '): string {
  const out: string[] = [];
  for (const [field, how] of parts) {
    const path = `${prefix}.${field}`;
    if (how === 'date') {
      const iso = dateValue(answers, path);
      if (iso) out.push(formatLong(iso));
    } else if (how === 'months') {
      const months = numberValue(answers[path]);
      if (months !== undefined) out.push(`${months} months`);
    } else {
      const choice = how.find((c) => c.value === answers[path]);
      if (choice) out.push(choice.text);
    }
  }
  return out.length > 0 ? out.join(separator) : 'Not answered yet';
}

/** A related route as the app shows it. */
export interface RelatedRoute {
  id: RelatedRouteId;
  title: string;
  /** One sentence for the list of routes. */
  description: string;
  /** Where the rules come from. */
  source: string;
  pages: QuestionPage[];
  /** Whether the route has letters in this app (for fee status: the fee status assessment, as a university or college decides it). */
  hasLetters: boolean;
  /** Adds to the facts what side answers imply (an empty list recorded as "none"). */
  complete?: (facts: Record<string, unknown>, answers: Answers) => void;
  format: RelatedCase['format'];
  parse: (value: unknown) => { success: true; data: RelatedCase } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

const is = (path: string, ...values: string[]) => (answers: Answers) => values.includes(answers[path] ?? '');
const isNot = (path: string, ...values: string[]) => (answers: Answers) => answers[path] !== undefined && !values.includes(answers[path] ?? '');
const both =
  (...tests: ((answers: Answers) => boolean)[]) =>
  (answers: Answers) =>
    tests.every((test) => test(answers));

/** The person's details, kept beside the case file for letters. */
function personQuestions(withAddress: boolean): Question[] {
  const questions: Question[] = [
    { kind: 'text', path: 'person.name', label: 'Full name', hint: 'As it should appear on letters', optional: true },
    { kind: 'text', path: 'person.reference', label: 'Home Office reference', optional: true },
  ];
  if (withAddress) questions.push({ kind: 'text', path: 'person.address', label: 'Postal address', hint: 'One line for each part of the address', optional: true, multiline: true });
  return questions;
}

const yesNo = (path: string, label: string, extra: Partial<Omit<Question, 'kind' | 'path' | 'label'>> = {}): Question => ({ kind: 'yesno', path, label, ...extra }) as Question;

const SENTENCE_KINDS: Choice[] = [
  { value: 'custodial', text: 'Custodial sentence' },
  { value: 'suspended', text: 'Suspended sentence' },
  { value: 'non-custodial', text: 'Non-custodial sentence' },
  { value: 'out-of-court-disposal', text: 'Out-of-court disposal (for example, a caution)' },
];

const isMain = is('applicant', 'main');
const isDependant = is('applicant', 'partner', 'child');
const hasConviction = is('criminality.hasConvictions', 'yes');

const settlementProtection: RelatedRoute = {
  id: 'settlement-protection',
  title: 'Settlement protection',
  description: 'Settlement (indefinite leave to remain) for a refugee or person with humanitarian protection, or their partner or child, after 5 years.',
  source: 'Immigration Rules, Appendix Settlement Protection (STP 1 to 11)',
  hasLetters: true,
  format: 'settlement-protection-case',
  parse: (value) => settlementProtectionCaseSchema.safeParse(migrateRelatedCase(value)),
  pages: [
    {
      id: 'application',
      title: 'The applicant',
      questions: [
        ...personQuestions(true),
        {
          kind: 'choice',
          path: 'applicant',
          label: 'Who is applying?',
          choices: [
            { value: 'main', text: 'The person with refugee status or humanitarian protection' },
            { value: 'partner', text: 'Their partner' },
            { value: 'child', text: 'Their child' },
          ],
        },
      ],
    },
    {
      id: 'validity',
      title: 'Validity of the application',
      questions: [
        yesNo('validity.specifiedForm', 'Was the application made online on the specified form?'),
        yesNo('validity.biometricsProvided', 'Has the applicant provided any required biometrics?'),
        yesNo('validity.identityEstablished', 'Has the applicant satisfactorily established their identity and nationality?'),
        yesNo('validity.inUkOnApplicationDate', 'Was the applicant in the UK on the date of application?'),
      ],
    },
    {
      id: 'status',
      title: 'Protection status',
      questions: [
        {
          kind: 'choice',
          path: 'permission.lastGranted',
          label: 'What permission does the applicant have, or were they last granted?',
          when: isMain,
          choices: [
            { value: 'refugee-status', text: 'Refugee status' },
            { value: 'humanitarian-protection', text: 'Humanitarian protection' },
            { value: 'refugee-permission-to-stay', text: 'Refugee permission to stay' },
            { value: 'other', text: 'Other permission' },
          ],
        },
        { kind: 'date', path: 'permission.asylumClaimMadeOn', label: 'When was the asylum claim made?', noun: 'date the asylum claim was made', when: isMain },
        {
          kind: 'choice',
          path: 'status.kind',
          label: 'Which protection status does the applicant hold?',
          when: isMain,
          choices: [
            { value: 'refugee-status', text: 'Refugee status' },
            { value: 'humanitarian-protection', text: 'Humanitarian protection' },
          ],
        },
        { kind: 'date', path: 'status.heldSince', label: 'When did the continuous period in the UK with that status start?', noun: 'date the status was first held', when: isMain },
        yesNo('status.continuousInUk', 'Has the period since then been continuous, in the UK?', { when: isMain }),
        yesNo('status.revokedOrRenounced', 'Has the status been revoked or renounced?', { when: isMain }),
        yesNo('status.stillEntitledToProtection', 'Is the applicant still entitled to refugee status or humanitarian protection?', { when: isMain }),
      ],
    },
    {
      id: 'family',
      title: 'Partner or child',
      questions: [
        { kind: 'date', path: 'dependantPermission.sponsorAsylumClaimMadeOn', label: 'When was the sponsor’s asylum claim made?', noun: 'date the sponsor’s asylum claim was made', when: isDependant },
        yesNo('dependantPermission.bornInUkWhileParentProtected', 'Was the child born in the UK while the parent held protection status or permission?', { when: is('applicant', 'child') }),
        yesNo('dependantPermission.lastGrantedDependantPermission', 'Does the applicant have, or were they last granted, permission as the partner or child of the sponsor?', { when: isDependant }),
        {
          kind: 'choice',
          path: 'partner.sponsorPosition',
          label: 'What is the sponsor’s position?',
          when: is('applicant', 'partner'),
          choices: [
            { value: 'being-granted-settlement-now', text: 'Being granted settlement at the same time' },
            { value: 'settled-and-applicant-was-partner', text: 'Settled on the protection route, and the applicant was their partner then' },
            { value: 'neither', text: 'Neither' },
          ],
        },
        yesNo('partner.relationshipWithPartnerMet', 'Are the requirements of Appendix Relationship with Partner met?', { when: is('applicant', 'partner') }),
        yesNo('child.ageRequirementMet', 'Is the Appendix Children age requirement met?', { when: is('applicant', 'child') }),
        yesNo('child.careRequirementMet', 'Is the Appendix Children care requirement met?', { when: is('applicant', 'child') }),
        yesNo('child.relationshipRequirementMet', 'Is the Appendix Children relationship requirement met?', { when: is('applicant', 'child') }),
        yesNo('continuesToQualifyAsDependant', 'Does the applicant continue to qualify as the partner or child of a person on a protection route?', { when: isDependant }),
      ],
    },
    {
      id: 'suitability',
      title: 'Criminality and suitability',
      questions: [
        yesNo('criminality.hasConvictions', 'Does the applicant have any convictions or out-of-court disposals?', { hint: 'You will add each one next: each sentence is assessed on its own' }),
        yesNo('suitability.persistent-offender.applies', 'Is the applicant a persistent offender?', { hint: 'Your finding' }),
        yesNo('suitability.serious-harm.applies', 'Has the applicant’s offending caused serious harm?', { hint: 'Your finding' }),
        yesNo('suitability.settlement-not-conducive.applies', 'Would settlement not be conducive to the public good?', { hint: 'Your finding' }),
      ],
    },
    {
      id: 'convictions',
      title: 'Convictions',
      list: {
        path: 'criminality.convictions',
        noun: 'conviction',
        when: hasConviction,
        describe: (answers, i) => describeEntry(answers, `criminality.convictions.${i}`, [['kind', SENTENCE_KINDS], ['convictedOn', 'date'], ['sentenceLengthMonths', 'months']]),
      },
      questions: [
        { kind: 'choice', path: 'criminality.convictions.*.kind', label: 'What kind of sentence or disposal was it?', choices: SENTENCE_KINDS },
        { kind: 'date', path: 'criminality.convictions.*.convictedOn', label: 'Date of conviction or disposal', noun: 'date of conviction' },
        {
          kind: 'choice',
          path: 'criminality.convictions.*.where',
          label: 'Where was the applicant convicted?',
          choices: [
            { value: 'uk', text: 'In the UK' },
            { value: 'overseas', text: 'Overseas' },
          ],
        },
        {
          kind: 'number',
          path: 'criminality.convictions.*.sentenceLengthMonths',
          label: 'Length of the sentence, in months',
          noun: 'length of the sentence',
          suffix: 'months',
          when: is('criminality.convictions.*.kind', 'custodial', 'suspended'),
        },
        { kind: 'date', path: 'criminality.convictions.*.sentenceEndsOn', label: 'Date the sentence ends', noun: 'date the sentence ends', when: is('criminality.convictions.*.kind', 'custodial') },
      ],
    },
  ],
  complete: (facts) => {
    const convictions = (facts.criminality as { convictions?: (Record<string, unknown> | undefined)[] } | undefined)?.convictions ?? [];
    convictions.forEach((conviction, i) => {
      if (conviction) conviction.id = `conviction-${i + 1}`;
    });
  },
};

const dlKind = (...kinds: string[]) => is('application.kind', ...kinds);
const hasCustodial = is('ui.hasCustodialSentence', 'yes');

const discretionaryLeave: RelatedRoute = {
  id: 'discretionary-leave',
  title: 'Discretionary leave',
  description: 'Leave outside the Immigration Rules on medical, other ECHR, exceptional or modern slavery grounds; further grants and settlement after discretionary leave.',
  source: 'Home Office policy “Discretionary leave”, version 10.0',
  hasLetters: true,
  format: 'discretionary-leave-case',
  parse: (value) => discretionaryLeaveCaseSchema.safeParse(migrateRelatedCase(value)),
  pages: [
    {
      id: 'application',
      title: 'The application',
      questions: [
        ...personQuestions(true),
        {
          kind: 'choice',
          path: 'application.kind',
          label: 'What is the application for?',
          choices: [
            { value: 'initial', text: 'A first grant of discretionary leave' },
            { value: 'further', text: 'A further grant of discretionary leave' },
            { value: 'settlement', text: 'Settlement after discretionary leave' },
          ],
        },
        { kind: 'date', path: 'application.madeOn', label: 'When was the application made?', noun: 'date the application was made' },
        yesNo('application.madeAfter9am', 'Was the application made after 9 am?', {
          hint: 'The 12-month criminality threshold applies to applications made after 9 am on 1 December 2020',
          when: (answers) => dateValue(answers, 'application.madeOn') === DL_CRIMINALITY_CUT_OVER.from,
        }),
      ],
    },
    {
      id: 'basis',
      title: 'Grounds for discretionary leave',
      questions: [
        yesNo('exclusion.qualifiesUnderRules', 'Does the applicant qualify for leave under the Immigration Rules?'),
        yesNo('exclusion.qualifiesForArticle8Leave', 'Does the applicant qualify for Article 8 leave outside the Rules?'),
        {
          kind: 'choice',
          path: 'category.basis',
          label: 'On what basis is discretionary leave considered?',
          choices: [
            { value: 'medical', text: 'Medical case' },
            { value: 'other-echr', text: 'Other case where return would breach the ECHR' },
            { value: 'exceptional-circumstances', text: 'Exceptional circumstances' },
            { value: 'modern-slavery', text: 'Modern slavery case (before 30 January 2023)' },
            { value: 'other-compelling', text: 'Other compelling case' },
            { value: 'none', text: 'None of these' },
          ],
        },
        yesNo('category.met', 'Does the evidence meet that category?', { when: is('category.basis', 'medical', 'other-echr', 'exceptional-circumstances', 'other-compelling') }),
        { kind: 'date', path: 'modernSlavery.conclusiveGroundsOn', label: 'Date of the positive conclusive grounds decision', noun: 'date of the conclusive grounds decision', when: is('category.basis', 'modern-slavery') },
        { kind: 'date', path: 'modernSlavery.traffickingRelatedClaimOn', label: 'Date of the trafficking-related claim or further submissions', noun: 'date of the trafficking-related claim', when: is('category.basis', 'modern-slavery') },
        yesNo('modernSlavery.claimFinallyDetermined', 'Has the claim been finally determined?', { when: is('category.basis', 'modern-slavery') }),
        yesNo('modernSlavery.notToBeConsidered', 'Does any reason not to consider discretionary leave apply?', {
          when: is('category.basis', 'modern-slavery'),
          hint: 'For example: already has leave, claim inadmissible, appeal rights exhausted, or deportation',
        }),
        yesNo('restrictedLeaveScope', 'Does the applicant fall within the restricted leave policy?', { hint: 'Article 1F, paragraph 339D or Article 33(2)' }),
      ],
    },
    {
      id: 'criminality',
      title: 'Criminality',
      questions: [
        yesNo('ui.hasCustodialSentence', 'Has the applicant had a custodial sentence?', { hint: 'You will add each one next: each sentence is assessed on its own' }),
        yesNo('criminality.persistentOffender', 'Is the applicant a persistent offender?', { hint: 'Your finding' }),
        yesNo('criminality.seriousHarm', 'Has the applicant’s offending caused serious harm?', { hint: 'Your finding' }),
      ],
    },
    {
      id: 'custodial-sentences',
      title: 'Custodial sentences',
      list: {
        path: 'criminality.custodialSentences',
        noun: 'custodial sentence',
        when: hasCustodial,
        describe: (answers, i) => describeEntry(answers, `criminality.custodialSentences.${i}`, [['months', 'months'], ['convictedOn', 'date']]),
      },
      questions: [
        { kind: 'date', path: 'criminality.custodialSentences.*.convictedOn', label: 'Date of conviction', noun: 'date of conviction' },
        { kind: 'number', path: 'criminality.custodialSentences.*.months', label: 'Length of the custodial sentence, in months', noun: 'length of the sentence', suffix: 'months' },
      ],
    },
    {
      id: 'further-dl',
      title: 'Considering further discretionary leave',
      questions: [
        yesNo('criminality.furtherDlException.previouslyGrantedDl', 'Was the applicant previously granted discretionary leave?', { when: both(hasCustodial, dlKind('further', 'settlement')) }),
        yesNo('criminality.furtherDlException.circumstancesOfGrantContinue', 'Do the circumstances of that grant continue?', { when: both(hasCustodial, dlKind('further', 'settlement')) }),
        yesNo('criminality.furtherDlException.offendingBeforeLastGrant', 'Did the offending take place before the last grant?', { when: both(hasCustodial, dlKind('further', 'settlement')) }),
        yesNo('criminality.furtherDlException.noConvictionsSinceLastGrant', 'Has the applicant had no convictions since the last grant?', { when: both(hasCustodial, dlKind('further', 'settlement')) }),
      ],
    },
    {
      id: 'history',
      title: 'Discretionary leave held',
      questions: [
        { kind: 'date', path: 'history.grants.0.from', label: 'When did the first grant of discretionary leave start?', noun: 'date the first grant started', when: dlKind('further', 'settlement') },
        { kind: 'date', path: 'history.grants.0.to', label: 'When does the current grant end?', noun: 'date the current grant ends', when: dlKind('further', 'settlement') },
        yesNo('ui.allAppliedInTime', 'Was every application for further leave made in time?', { when: dlKind('further', 'settlement') }),
        yesNo('ui.prison', 'Has the applicant spent time in prison during that leave?', { when: dlKind('further', 'settlement'), hint: 'You will add each period next' }),
        yesNo('settlement.basisEndsWithin12Months', 'Will the reasons for discretionary leave clearly end within 12 months?', { when: dlKind('settlement') }),
      ],
    },
    {
      id: 'prison-periods',
      title: 'Time in prison',
      list: {
        path: 'history.imprisonment',
        noun: 'period in prison',
        when: both(dlKind('further', 'settlement'), is('ui.prison', 'yes')),
        describe: (answers, i) => describeEntry(answers, `history.imprisonment.${i}`, [['from', 'date'], ['to', 'date']], ' to '),
      },
      questions: [
        { kind: 'date', path: 'history.imprisonment.*.from', label: 'Date the time in prison started', noun: 'date the time in prison started' },
        { kind: 'date', path: 'history.imprisonment.*.to', label: 'Date the time in prison ended', noun: 'date the time in prison ended' },
      ],
    },
    {
      id: 'part-9',
      title: 'General grounds for refusal',
      questions: DL_PART_NINE_GROUNDS.map((code) => {
        const ground = suitabilityGround(code);
        return yesNo(`suitability.${code}.applies`, `${ground.title}: does this ground apply?`, {
          hint: `${ground.explanation} Paragraph ${ground.citations['part-9']} of Part 9, or ${ground.citations['part-suitability']} of Part Suitability from 11 November 2025.`,
          when: dlKind('settlement'),
        });
      }),
    },
    {
      id: 'duration',
      title: 'Length of leave',
      questions: [
        yesNo('duration.returnExpectedWithin6Months', 'Will return be possible within 6 months of the decision?'),
        {
          kind: 'choice',
          path: 'duration.period',
          label: 'What period of leave do you propose?',
          choices: [
            { value: 'standard', text: 'The standard period' },
            { value: 'shorter', text: 'A shorter period' },
            { value: 'longer', text: 'A longer period' },
            { value: 'indefinite', text: 'Indefinite leave' },
          ],
        },
        { kind: 'number', path: 'duration.shorterMonths', label: 'Shorter period, in months', noun: 'shorter period', integer: true, suffix: 'months', when: is('duration.period', 'shorter') },
        { kind: 'text', path: 'duration.shorterReason', label: 'Reason for the shorter period', multiline: true, when: is('duration.period', 'shorter') },
        yesNo('duration.childrenAffected', 'Are any children affected by the decision?'),
        yesNo('duration.childBestInterestsRecorded', 'Have the child’s best interests been considered and recorded?', { when: is('duration.childrenAffected', 'yes') }),
      ],
    },
  ],
  complete: (facts, answers) => {
    const yesNoOf = (path: string) => (answers[path] === 'yes' ? true : answers[path] === 'no' ? false : undefined);
    const hasSentences = yesNoOf('ui.hasCustodialSentence');
    if (hasSentences !== undefined) setPath(facts, 'criminality.hasCustodialSentences', hasSentences);
    const kind = answers['application.kind'];
    if (kind === 'further' || kind === 'settlement') {
      const prison = yesNoOf('ui.prison');
      if (prison !== undefined) setPath(facts, 'history.hasImprisonment', prison);
      const grant = (facts.history as { grants?: Record<string, unknown>[] } | undefined)?.grants?.[0];
      if (grant && answers['ui.allAppliedInTime'] !== undefined) grant.appliedInTime = answers['ui.allAppliedInTime'] === 'yes';
    }
  },
};

const hasRlConviction = is('ui.hasConvictions', 'yes');

const restrictedLeave: RelatedRoute = {
  id: 'restricted-leave',
  title: 'Restricted leave',
  description: 'Short periods of leave, with conditions, for someone excluded from protection who cannot be removed because of an ECHR barrier.',
  source: 'Home Office policy “Restricted leave”, version 9.0',
  hasLetters: true,
  format: 'restricted-leave-case',
  parse: (value) => restrictedLeaveCaseSchema.safeParse(migrateRelatedCase(value)),
  pages: [
    {
      id: 'request',
      title: 'The request',
      questions: [
        ...personQuestions(true),
        {
          kind: 'choice',
          path: 'request',
          label: 'What is being decided?',
          choices: [
            { value: 'initial', text: 'A first grant of restricted leave' },
            { value: 'further', text: 'A further grant of restricted leave' },
            { value: 'indefinite', text: 'An application for indefinite leave outside the Rules' },
          ],
        },
        yesNo('previouslyHeldDiscretionaryLeave', 'Did the person hold discretionary leave before?', { when: is('request', 'initial') }),
      ],
    },
    {
      id: 'scope',
      title: 'Scope of the policy',
      questions: [
        yesNo('scope.excludedArticle1F', 'Is the person excluded, or would they be, under Article 1F of the Refugee Convention?'),
        yesNo('scope.excluded339D', 'Is the person excluded, or would they be, from humanitarian protection under paragraph 339D?'),
        yesNo('scope.excludedStatelessConvention', 'Is the person excluded from the 1954 Convention relating to the Status of Stateless Persons?'),
        yesNo('scope.dangerToSecurity', 'Are there reasonable grounds for regarding the person as a danger to the security of the UK?'),
        yesNo('ui.hasConvictions', 'Does the person have a conviction to test against section 72?', { hint: 'You will add each one next: each is tested on its own' }),
      ],
    },
    {
      id: 'convictions',
      title: 'Convictions',
      list: {
        path: 'scope.convictions',
        noun: 'conviction',
        when: hasRlConviction,
        describe: (answers, i) => describeEntry(answers, `scope.convictions.${i}`, [['sentenceMonths', 'months'], ['convictedOn', 'date']]),
      },
      questions: [
        { kind: 'date', path: 'scope.convictions.*.convictedOn', label: 'Date of conviction', noun: 'date of conviction' },
        { kind: 'number', path: 'scope.convictions.*.sentenceMonths', label: 'Length of the sentence of imprisonment, in months', noun: 'length of the sentence', suffix: 'months' },
        yesNo('scope.convictions.*.convictedInUk', 'Was the person convicted in the UK?'),
        yesNo('scope.convictions.*.ukEquivalentMeetsThreshold', 'Could a UK conviction for a similar offence have drawn a sentence at the threshold?', { when: is('scope.convictions.*.convictedInUk', 'no') }),
        yesNo('scope.convictions.*.appealPending', 'Is an appeal against the conviction or sentence pending?'),
      ],
    },
    {
      id: 'danger-to-community',
      title: 'Danger to the community',
      questions: [yesNo('scope.dangerPresumptionRebutted', 'Has the presumption of danger to the community been rebutted?', { when: hasRlConviction })],
    },
    {
      id: 'barrier',
      title: 'Barrier to removal',
      questions: [
        yesNo('echrBarrier', 'Would removal breach the European Convention on Human Rights?'),
        { kind: 'text', path: 'ui.echrArticles', label: 'Which articles?', hint: 'For example, Article 3. Separate articles with commas', optional: true, when: is('echrBarrier', 'yes') },
        yesNo('exceptionalCircumstances', 'Do exceptional circumstances justify indefinite leave outside the Rules?', { when: is('request', 'indefinite') }),
      ],
    },
    {
      id: 'conditions',
      title: 'Length of leave and conditions',
      questions: [
        yesNo('duration.removalLikelyWithin6Months', 'Does removal appear reasonably likely within the next 6 months?'),
        yesNo('duration.riskNeedsFrequentReview', 'Does the risk posed call for review more often than every 6 months?'),
        { kind: 'number', path: 'duration.proposedMonths', label: 'Period of leave proposed, in months (optional)', hint: 'Leave blank for the starting point of 6 months', noun: 'period of leave', integer: true, suffix: 'months', optional: true },
        { kind: 'text', path: 'duration.justification', label: 'Justification for a period other than 6 months (optional)', multiline: true, optional: true },
        yesNo('approvals.grade6', 'Has a grade 6 approved the longer period?', { when: (a) => Number(a['duration.proposedMonths'] ?? '0') > 6 }),
        yesNo('approvals.scsPb1', 'Has the grant been approved at SCS PB1 level?', { when: (a) => a.request === 'indefinite' || (a.request === 'initial' && a.previouslyHeldDiscretionaryLeave === 'yes') }),
        {
          kind: 'choice',
          path: 'conditions.risk',
          label: 'What is the public protection risk?',
          hint: 'This sets the work condition',
          choices: [
            { value: 'lower', text: 'Lower', hint: 'Notify the Home Office of work' },
            { value: 'higher', text: 'Higher', hint: 'Work only with prior written permission' },
            { value: 'particularly-high', text: 'Particularly high', hint: 'No work, and a police referral' },
          ],
        },
        {
          kind: 'choice',
          path: 'conditions.study',
          label: 'Study condition',
          optional: true,
          hint: 'Left unanswered, study is restricted',
          choices: [
            { value: 'restricted', text: 'Study restricted' },
            { value: 'permitted-for-course', text: 'Study permitted for one named course' },
          ],
        },
        { kind: 'text', path: 'conditions.studyCourse', label: 'Name of the course', when: is('conditions.study', 'permitted-for-course') },
        yesNo('conditions.destitute', 'Is the person, or would they be, destitute without public funds?'),
        {
          kind: 'choice',
          path: 'conditions.reporting',
          label: 'How often must the person report?',
          optional: true,
          hint: 'Left unanswered, monthly',
          choices: [
            { value: 'weekly', text: 'Weekly' },
            { value: 'fortnightly', text: 'Fortnightly' },
            { value: 'monthly', text: 'Monthly' },
            { value: 'two-monthly', text: 'Every 2 months' },
            { value: 'quarterly', text: 'Every 3 months' },
          ],
        },
        { kind: 'text', path: 'conditions.reportingReason', label: 'Reason for reporting other than monthly', multiline: true, when: isNot('conditions.reporting', 'monthly') },
        {
          kind: 'choice',
          path: 'conditions.residence',
          label: 'Residence condition',
          optional: true,
          hint: 'Left unanswered, notify changes of address only',
          choices: [
            { value: 'notify-only', text: 'Notify changes of address within 14 days' },
            { value: 'specific-area', text: 'Live in a specific area' },
            { value: 'prior-consent', text: 'Obtain consent before moving' },
          ],
        },
        yesNo('conditions.publiclyFundedAccommodation', 'Is the accommodation publicly provided or funded?', { when: is('conditions.residence', 'specific-area') }),
        { kind: 'text', path: 'conditions.residenceReason', label: 'Reason for the residence condition', multiline: true, when: is('conditions.residence', 'specific-area', 'prior-consent') },
      ],
    },
  ],
  complete: (facts, answers) => {
    if (answers['ui.hasConvictions'] !== undefined) setPath(facts, 'scope.hasConvictions', answers['ui.hasConvictions'] === 'yes');
    const articles = (answers['ui.echrArticles'] ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    if (answers.echrBarrier === 'yes' && articles.length > 0) facts.echrArticles = articles;
  },
};

const notFirstYear = is('academicYear.firstYearOfCourse', 'no');
const has3c = is('ui.section3c', 'yes');

const feeStatus: RelatedRoute = {
  id: 'fee-status',
  title: 'Student fee status for Calais leave',
  description: 'Whether a student with Calais leave, or leave in line, pays home fees for an academic year from 1 August 2023.',
  source: 'Student finance fee category “Persons granted Calais leave to remain”',
  hasLetters: true,
  format: 'calais-fee-status-case',
  parse: (value) => calaisFeeStatusCaseSchema.safeParse(migrateRelatedCase(value)),
  pages: [
    {
      id: 'course',
      title: 'The course and academic year',
      questions: [
        ...personQuestions(false),
        { kind: 'date', path: 'course.startsOn', label: 'When does the course start?', noun: 'date the course starts' },
        { kind: 'date', path: 'course.firstTermBeganOn', label: 'When did the first term of the first academic year actually begin?', noun: 'date the first term began' },
        { kind: 'date', path: 'academicYear.startsOn', label: 'First day of the academic year being assessed', noun: 'first day of the academic year' },
        yesNo('academicYear.firstYearOfCourse', 'Is this the first academic year of the course?'),
      ],
    },
    {
      id: 'leave',
      title: 'Calais leave',
      questions: [
        {
          kind: 'choice',
          path: 'leave.paragraph',
          label: 'Under which paragraph was the leave granted?',
          choices: [
            { value: '352J', text: '352J' },
            { value: '352K', text: '352K' },
            { value: '352L', text: '352L' },
            { value: '352T', text: '352T (leave in line as a dependent child)' },
          ],
        },
        { kind: 'date', path: 'leave.grantedOn', label: 'When was the leave granted?', noun: 'date the leave was granted' },
        { kind: 'date', path: 'leave.expiresOn', label: 'When does the leave expire? (optional)', hint: 'Leave blank if it has no expiry date', noun: 'date the leave expires', optional: true },
        yesNo('ui.section3c', 'Was an application to extend the leave made before it expired?', { hint: 'Leave extended by section 3C' }),
        { kind: 'date', path: 'leave.section3c.appliedOn', label: 'Date of that application', noun: 'date of the application', when: has3c },
        { kind: 'date', path: 'leave.section3c.endedOn', label: 'When did the section 3C leave end? (optional)', hint: 'Leave blank while it continues', noun: 'date section 3C leave ended', optional: true, when: has3c },
        yesNo('qualifiedInEarlierYear', 'Did the student qualify under this category for an earlier year of the course?', { when: notFirstYear }),
        {
          kind: 'choice',
          path: 'laterYearStatus',
          label: 'On the first day of the academic year, what was the best status held by the student or the Calais leave holder?',
          when: notFirstYear,
          choices: [
            { value: 'calais-leave', text: 'Calais leave' },
            { value: 'any-leave', text: 'Any other leave' },
            { value: 'british-or-irish', text: 'British or Irish citizenship' },
            { value: 'late-application-sui-13-1', text: 'A late application protected by SUI 13.1' },
            { value: 'none', text: 'None of these' },
          ],
        },
      ],
    },
    {
      id: 'residence',
      title: 'Ordinary residence',
      questions: [
        yesNo('ordinarilyResidentInUkAndIslandsSinceGrant', 'Has the student been ordinarily resident in the UK and Islands since the leave was granted?'),
        yesNo('ordinarilyResidentInUkOnFirstTermStart', 'Was the student ordinarily resident in the UK on the day the first term began?'),
      ],
    },
  ],
};

/** The related routes, in the order the list shows them. */
export const RELATED_ROUTES: readonly RelatedRoute[] = [settlementProtection, discretionaryLeave, restrictedLeave, feeStatus];

/** The route with this id. */
export function relatedRoute(id: RelatedRouteId): RelatedRoute {
  const route = RELATED_ROUTES.find((r) => r.id === id);
  if (!route) throw new Error(`Unknown related route: ${id}`);
  return route;
}

/** The case file and decision from the answers, or the problems that stop the case being read. */
export type RouteDecision = { ok: true; caseFile: RelatedCase; decision: RelatedDecision } | { ok: false; problems: string[] };

/** The case file the answers make, with its format, version and decision date (not yet validated). */
export function buildCaseFile(route: RelatedRoute, answers: Answers, decisionDate: string): Record<string, unknown> {
  const facts = answersToFacts(route.pages, answers);
  route.complete?.(facts, answers);
  return { format: route.format, version: RELATED_FORMAT_VERSIONS[route.format], decisionDate, ...facts };
}

/** Validates the answers as the route's case file and decides it on `decisionDate`. */
export function decideAnswers(route: RelatedRoute, answers: Answers, decisionDate: string): RouteDecision {
  const parsed = route.parse(buildCaseFile(route, answers, decisionDate));
  // Plain words, never zod's default wording (src/issues.ts).
  if (!parsed.success) return { ok: false, problems: clearIssues(parsed.error as Parameters<typeof clearIssues>[0]).map((issue) => `${issue.path || 'case'}: ${issue.message}`) };
  return { ok: true, caseFile: parsed.data, decision: decideRelatedCase(parsed.data, { decisionDate }) };
}
