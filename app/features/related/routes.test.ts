import { describe, expect, it } from 'vitest';
import { decidingCitations } from '../../../src/related';
import { entryQuestions, keepEntry, dropUnsavedEntry, relevantPages, relevantQuestions, removeEntry, validatePage, type Answers } from './model';
import { decideAnswers, relatedRoute, RELATED_ROUTES } from './routes';

const DATE = '2026-11-23';

function date(path: string, iso: string): Record<string, string> {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { [`${path}#day`]: String(Number(day)), [`${path}#month`]: String(Number(month)), [`${path}#year`]: year };
}

const protectionGrant: Answers = {
  'person.name': 'Amal Haddad',
  applicant: 'main',
  'validity.specifiedForm': 'yes',
  'validity.biometricsProvided': 'yes',
  'validity.identityEstablished': 'yes',
  'validity.inUkOnApplicationDate': 'yes',
  'permission.lastGranted': 'refugee-status',
  ...date('permission.asylumClaimMadeOn', '2020-11-02'),
  'status.kind': 'refugee-status',
  ...date('status.heldSince', '2021-06-01'),
  'status.continuousInUk': 'yes',
  'status.revokedOrRenounced': 'no',
  'status.stillEntitledToProtection': 'yes',
  'criminality.hasConvictions': 'no',
  'suitability.persistent-offender.applies': 'no',
  'suitability.serious-harm.applies': 'no',
  'suitability.settlement-not-conducive.applies': 'no',
};

const dlGrant: Answers = {
  'application.kind': 'initial',
  ...date('application.madeOn', '2026-04-14'),
  'exclusion.qualifiesUnderRules': 'no',
  'exclusion.qualifiesForArticle8Leave': 'no',
  'category.basis': 'medical',
  'category.met': 'yes',
  restrictedLeaveScope: 'no',
  'ui.hasCustodialSentence': 'no',
  'criminality.persistentOffender': 'no',
  'criminality.seriousHarm': 'no',
  'duration.returnExpectedWithin6Months': 'no',
  'duration.period': 'standard',
  'duration.childrenAffected': 'no',
};

const rlGrant: Answers = {
  request: 'initial',
  previouslyHeldDiscretionaryLeave: 'no',
  'scope.excludedArticle1F': 'yes',
  'scope.excluded339D': 'yes',
  'scope.excludedStatelessConvention': 'no',
  'scope.dangerToSecurity': 'no',
  'ui.hasConvictions': 'no',
  echrBarrier: 'yes',
  'ui.echrArticles': 'Article 3',
  'duration.removalLikelyWithin6Months': 'no',
  'duration.riskNeedsFrequentReview': 'no',
  'conditions.risk': 'higher',
  'conditions.destitute': 'no',
};

const feeGrant: Answers = {
  ...date('course.startsOn', '2025-09-22'),
  ...date('course.firstTermBeganOn', '2025-09-22'),
  ...date('academicYear.startsOn', '2025-08-01'),
  'academicYear.firstYearOfCourse': 'yes',
  'leave.paragraph': '352J',
  ...date('leave.grantedOn', '2021-06-01'),
  ...date('leave.expiresOn', '2026-05-31'),
  'ui.section3c': 'no',
  ordinarilyResidentInUkAndIslandsSinceGrant: 'yes',
  ordinarilyResidentInUkOnFirstTermStart: 'yes',
};

const cases: { route: (typeof RELATED_ROUTES)[number]['id']; answers: Answers; outcome: string; citations?: string[] }[] = [
  { route: 'settlement-protection', answers: protectionGrant, outcome: 'settle' },
  { route: 'settlement-protection', answers: { ...protectionGrant, 'status.revokedOrRenounced': 'yes', 'status.stillEntitledToProtection': 'no' }, outcome: 'refuse', citations: ['STP 4.1', 'STP 5.2'] },
  { route: 'settlement-protection', answers: { ...protectionGrant, ...date('status.heldSince', '2022-03-14') }, outcome: 'further-permission', citations: ['STP 3.1(a)'] },
  { route: 'discretionary-leave', answers: dlGrant, outcome: 'grant' },
  {
    route: 'discretionary-leave',
    answers: {
      ...dlGrant,
      'ui.hasCustodialSentence': 'yes',
      'criminality.custodialSentences#count': '1',
      ...date('criminality.custodialSentences.0.convictedOn', '2023-02-10'),
      'criminality.custodialSentences.0.months': '18',
    },
    outcome: 'refuse',
    citations: ['SUI 5.1'],
  },
  { route: 'restricted-leave', answers: rlGrant, outcome: 'grant' },
  { route: 'restricted-leave', answers: { ...rlGrant, echrBarrier: 'no' }, outcome: 'refuse', citations: ['RL: Application of the restricted leave policy'] },
  { route: 'fee-status', answers: feeGrant, outcome: 'home-fees' },
  { route: 'fee-status', answers: { ...feeGrant, ordinarilyResidentInUkAndIslandsSinceGrant: 'no' }, outcome: 'not-eligible', citations: ['FEE (b)'] },
];

describe('related-route wizards', () => {
  it.each(cases)('$route: answers give $outcome', ({ route: id, answers, outcome, citations }) => {
    const route = relatedRoute(id);
    for (const page of relevantPages(route.pages, answers)) expect(validatePage(page, answers), page.id).toEqual([]);
    const result = decideAnswers(route, answers, DATE);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.decision.outcome).toBe(outcome);
    expect(decidingCitations(result.decision)).toEqual(citations ?? []);
  });

  it('asks only the questions that are relevant, and leaves irrelevant answers out of the case', () => {
    const route = relatedRoute('settlement-protection');
    const answers = { ...protectionGrant, applicant: 'partner' };
    expect(relevantPages(route.pages, answers).map((p) => p.id)).toEqual(['application', 'validity', 'family', 'suitability']);
    const result = decideAnswers(route, answers, DATE);
    expect(result.ok && 'status' in result.caseFile).toBe(false);
  });

  it('reports unanswered required questions and impossible dates, naming them', () => {
    const route = relatedRoute('fee-status');
    const page = route.pages[0];
    if (!page) throw new Error('no page');
    const errors = validatePage(page, { ...date('course.startsOn', '2023-02-29') });
    expect(errors.map((e) => e.message)).toEqual([
      'Date the course starts must be a real date',
      'Enter the date the first term began',
      'Enter the first day of the academic year',
      'Select an answer: Is this the first academic year of the course?',
    ]);
    expect(errors[0]?.fieldId).toBe('q-course-startsOn-day');
  });

  it('every page of every route has at least one question and unique paths', () => {
    for (const route of RELATED_ROUTES) {
      const paths = route.pages.flatMap((p) => p.questions.map((q) => q.path));
      expect(new Set(paths).size, route.id).toBe(paths.length);
      for (const page of route.pages) expect(relevantQuestions(page, {}).length + page.questions.length).toBeGreaterThan(0);
    }
  });
});

describe('add-another lists', () => {
  const rl = relatedRoute('restricted-leave');
  const onlyCrime: Answers = {
    ...rlGrant,
    'scope.excludedArticle1F': 'no',
    'scope.excluded339D': 'no',
    'ui.hasConvictions': 'yes',
    'scope.dangerPresumptionRebutted': 'no',
  };
  const conviction = (i: number, on: string, months: string): Answers => ({
    ...date(`scope.convictions.${i}.convictedOn`, on),
    [`scope.convictions.${i}.sentenceMonths`]: months,
    [`scope.convictions.${i}.convictedInUk`]: 'yes',
    [`scope.convictions.${i}.appealPending`]: 'no',
  });

  it('records every conviction: the longer sentence is not always the one that counts (NIAA 2002 s72(2))', () => {
    const answers = { ...onlyCrime, 'scope.convictions#count': '2', ...conviction(0, '2022-06-27', '18'), ...conviction(1, '2022-06-28', '12') };
    const result = decideAnswers(rl, answers, DATE);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.caseFile).toMatchObject({ version: 2, scope: { hasConvictions: true, convictions: [{ sentenceMonths: 18 }, { sentenceMonths: 12 }] } });
    expect(result.decision.outcome).toBe('grant');
    const page = rl.pages.find((p) => p.id === 'convictions');
    if (!page) throw new Error('no convictions page');
    expect(relevantQuestions(page, answers).map((q) => `${q.group ?? ''}: ${q.path}`)).toContain('Conviction 2: scope.convictions.1.sentenceMonths');
  });

  it('"yes" with no conviction added is unknown, named on check answers and in the decision', () => {
    const result = decideAnswers(rl, onlyCrime, DATE);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.decision.outcome).toBe('incomplete');
    expect(result.decision.reasons.flatMap((r) => r.missing ?? [])).toEqual(['scope.convictions']);
    const page = rl.pages.find((p) => p.id === 'convictions');
    if (!page) throw new Error('no convictions page');
    expect(validatePage(page, onlyCrime).map((e) => e.message)).toEqual(['Add the conviction, or change the answer to No']);
  });

  it('an entry not yet saved is not in the case; removing one moves the later ones up', () => {
    const page = rl.pages.find((p) => p.id === 'convictions');
    const list = page?.list;
    if (!page || !list) throw new Error('no list');
    const typed = { ...onlyCrime, ...conviction(0, '2021-01-04', '30') };
    const unsaved = decideAnswers(rl, typed, DATE);
    expect(unsaved.ok && unsaved.caseFile).toMatchObject({ scope: { hasConvictions: true } });
    expect(unsaved.ok && (unsaved.caseFile as { scope?: { convictions?: unknown } }).scope?.convictions).toBeUndefined();
    expect(dropUnsavedEntry(list, typed, 0)).toEqual(onlyCrime);
    const two = keepEntry(list, keepEntry(list, { ...typed, ...conviction(1, '2023-03-05', '14') }, 0), 1);
    expect(two['scope.convictions#count']).toBe('2');
    const removed = removeEntry(list, two, 0);
    expect(removed['scope.convictions#count']).toBe('1');
    expect(removed['scope.convictions.0.sentenceMonths']).toBe('14');
    expect(removed['scope.convictions.1.sentenceMonths']).toBeUndefined();
    expect(removeEntry(list, removed, 0)['scope.convictions#count']).toBeUndefined();
  });

  it("an entry's own answers decide its questions (a UK-equivalent question only for an overseas conviction)", () => {
    const page = rl.pages.find((p) => p.id === 'convictions');
    if (!page) throw new Error('no page');
    const asked = (answers: Answers) => entryQuestions(page, 1).filter((q) => q.when === undefined || q.when(answers)).map((q) => q.path);
    expect(asked({ 'scope.convictions.1.convictedInUk': 'no', 'scope.convictions.0.convictedInUk': 'yes' })).toContain('scope.convictions.1.ukEquivalentMeetsThreshold');
    expect(asked({ 'scope.convictions.1.convictedInUk': 'yes', 'scope.convictions.0.convictedInUk': 'no' })).not.toContain('scope.convictions.1.ukEquivalentMeetsThreshold');
  });
});

describe('the discretionary leave wizard asks the new questions', () => {
  const dl = relatedRoute('discretionary-leave');
  it.each([
    ['2020-11-30', false],
    ['2020-12-01', true],
    ['2020-12-02', false],
  ])('an application made on %s: asked whether it was made after 9 am: %s', (madeOn, asked) => {
    const page = dl.pages.find((p) => p.id === 'application');
    if (!page) throw new Error('no page');
    expect(relevantQuestions(page, { ...dlGrant, ...date('application.madeOn', madeOn) }).some((q) => q.path === 'application.madeAfter9am')).toBe(asked);
  });
  it('at settlement: the five criteria with a sentence, and every Part 9 ground', () => {
    const answers: Answers = { ...dlGrant, 'application.kind': 'settlement', 'ui.hasCustodialSentence': 'yes' };
    const ids = relevantPages(dl.pages, answers).map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['custodial-sentences', 'further-dl', 'part-9']));
    const part9 = dl.pages.find((p) => p.id === 'part-9');
    expect(part9 && relevantQuestions(part9, answers)).toHaveLength(11);
    expect(relevantPages(dl.pages, dlGrant).map((p) => p.id)).not.toContain('part-9');
  });
  it('a settlement case with a sentence of 18 months and all five criteria: settlement refused, further DL granted', () => {
    const answers: Answers = {
      ...dlGrant,
      'application.kind': 'settlement',
      ...date('application.madeOn', '2026-01-10'),
      'ui.hasCustodialSentence': 'yes',
      'criminality.custodialSentences#count': '1',
      ...date('criminality.custodialSentences.0.convictedOn', '2013-05-01'),
      'criminality.custodialSentences.0.months': '18',
      'criminality.furtherDlException.previouslyGrantedDl': 'yes',
      'criminality.furtherDlException.circumstancesOfGrantContinue': 'yes',
      'criminality.furtherDlException.offendingBeforeLastGrant': 'yes',
      'criminality.furtherDlException.noConvictionsSinceLastGrant': 'yes',
      ...date('history.grants.0.from', '2014-03-01'),
      ...date('history.grants.0.to', '2027-01-01'),
      'ui.allAppliedInTime': 'yes',
      'ui.prison': 'no',
      'settlement.basisEndsWithin12Months': 'no',
      ...Object.fromEntries(['deportation', 'not-conducive', 'criminality-other', 'exclusion', 'false-representations', 'deception', 'immigration-breach', 'failure-to-cooperate', 'nhs-debt', 'litigation-costs', 'purpose-not-covered'].map((g) => [`suitability.${g}.applies`, 'no'])),
    };
    for (const page of relevantPages(dl.pages, answers)) expect(validatePage(page, answers), page.id).toEqual([]);
    const result = decideAnswers(dl, answers, DATE);
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.decision).toMatchObject({ outcome: 'grant', decisionCitation: 'DL: Considering settlement', settlementRefusedUnder: 'SUI 5.1' });
  });
});
