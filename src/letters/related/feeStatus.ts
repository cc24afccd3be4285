/**
 * The fee status assessment (student finance fee category "Persons granted Calais leave to
 * remain"). Fee status is assessed by the university or college, not decided by the Home Office,
 * so this route has no decision letter: it has a summary of the assessment for the student's file,
 * in the same document model and renderers as every letter (preview, text, .docx). It states the
 * outcome, the academic year, and each criterion with whether it is met and why, all read from
 * the decision; nothing is recomputed.
 */
import type { CalaisFeeStatusCase, FeeStatusDecision, Reason } from '../../related';
import { LATER_YEAR_STATUS_WORDS, outcomeTitle } from '../../related/plainWords';
import { editable, h, NO_SIGNATORY, p } from '../compose';
import { longDate, notRecorded } from '../format';
import type { Block, Letter, LetterOptions } from '../types';
import { findingSentence, type RelatedPerson } from './shared';

const STATUS_WORDS: Record<Reason['status'], string> = { met: 'met', 'not-met': 'not met', unknown: 'not yet known' };

/** How the assessment names a criterion by its citation: "Criterion (a)", "Becoming eligible". */
function criterionName(citation: string): string {
  const criterion = /^FEE (\([a-c]\).*)$/.exec(citation);
  if (criterion) return `Criterion ${criterion[1] ?? ''}`;
  const section = /^FEE: (.+)$/.exec(citation);
  return section ? (section[1] ?? citation).replace(/^./, (c) => c.toUpperCase()) : citation;
}

function outcomeSentence(decision: FeeStatusDecision, year: string): string {
  switch (decision.outcome) {
    case 'home-fees':
      return `The student meets criteria (a), (b) and (c) of the category for the academic year starting ${year}, and has home fee status for that year.`;
    case 'not-eligible':
      return decision.eligibleFrom
        ? `The student does not have home fee status for the academic year starting ${year}. The Calais leave was granted after the course started: home fees apply from the academic year starting ${longDate(decision.eligibleFrom, 'date')}.`
        : `The student does not meet every criterion of the category for the academic year starting ${year}, and does not have home fee status under it.`;
    case 'out-of-scope':
      return 'The academic year or the course falls outside this version of the category (academic years from 1 August 2023, courses from 1 August 2020). Assess the student under the category that applies.';
    case 'incomplete':
      return 'The assessment is not complete: answer the questions still open.';
  }
}

/** The fee status assessment for a decided case; none while the assessment is incomplete. */
export function feeStatusAssessment(caseFile: CalaisFeeStatusCase, decision: FeeStatusDecision, person: RelatedPerson, options: LetterOptions): Letter[] {
  if (decision.outcome === 'incomplete') return [];
  const name = person.name?.trim() || notRecorded('name');
  const reference = person.homeOfficeReference?.trim() || notRecorded('Home Office reference');
  const year = longDate(caseFile.academicYear?.startsOn, 'first day of the academic year');
  const outcome = outcomeTitle(decision);
  const signatory = options.signatory;
  const rows = [
    { label: 'Student', value: name },
    { label: 'Home Office reference', value: reference },
    { label: 'Academic year starting', value: year },
    { label: 'Course starts', value: longDate(caseFile.course?.startsOn, 'date the course starts') },
    { label: 'Calais leave granted', value: longDate(caseFile.leave?.grantedOn, 'date the leave was granted') },
  ];
  if (caseFile.laterYearStatus) rows.push({ label: 'Status on the first day of the academic year', value: LATER_YEAR_STATUS_WORDS[caseFile.laterYearStatus] });
  rows.push(
    { label: 'Assessed on', value: longDate(decision.decisionDate, 'date of assessment') },
    { label: 'Prepared by', value: signatory ? [signatory.name.trim(), signatory.team.trim()].filter((line) => line !== '').join(', ') : NO_SIGNATORY },
  );
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Fee status assessment: persons granted Calais leave to remain' },
    { kind: 'details', rows },
    h('Outcome'),
    { kind: 'paragraph', text: outcome, emphasis: true },
    p(outcomeSentence(decision, year)),
    h('The criteria'),
  ];
  for (const r of decision.reasons) blocks.push({ kind: 'heading', level: 4, text: `${criterionName(r.citation)}: ${STATUS_WORDS[r.status]}` }, p(findingSentence(r.text)));
  blocks.push(
    h('Who decides fee status'),
    p(
      'Fee status is assessed by the university or college, under the student finance fee category for persons granted Calais leave to remain. This is a summary of that assessment for the student’s file. It is not a decision of the Home Office and is not sent as a letter.',
    ),
    editable('notes', 'Notes for the file (optional)', ''),
  );
  const warnings: string[] = [];
  if (!signatory) warnings.push('No signatory is set: add the caseworker’s name, team and office address on the Settings page.');
  if (!person.name?.trim()) warnings.push('The student’s name is not recorded.');
  return [
    {
      id: 'fee-status-assessment',
      kind: 'assessment',
      title: 'Fee status assessment',
      recipient: 'person',
      editsKey: 'fee-status-assessment',
      blocks,
      facts: { Student: name, 'Home Office reference': reference, 'Academic year starting': year, Outcome: outcome },
      warnings,
    },
  ];
}
