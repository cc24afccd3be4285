import { describe, expect, it } from 'vitest';
import { decidingCitations } from '../../../src/related';
import { relevantPages, relevantQuestions, validatePage, type Answers } from './model';
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
    answers: { ...dlGrant, 'ui.hasCustodialSentence': 'yes', ...date('criminality.custodialSentences.0.convictedOn', '2023-02-10'), 'criminality.custodialSentences.0.months': '18' },
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
