/**
 * The parts every letter shares: the sender and recipient address blocks, the references and date,
 * the greeting and signature, and the copy sent to a legal representative. A letter file writes
 * only its own body.
 */
import type { CaseFile, Representative } from '../case/schema';
import type { Decision } from '../rules';
import type { IsoDate } from '../dates';
import { addressLines, hasRepresentative, joinName, longDate, notRecorded, representativeName } from './format';
import type { Block, Letter, LetterKind, LetterOptions } from './types';

/** What a letter file receives. */
export interface LetterInput {
  caseFile: CaseFile;
  decision: Decision;
  options: LetterOptions;
}

/** What a letter file returns: its own content, to be framed by `frame`. */
export interface LetterBody {
  kind: LetterKind;
  /** Unique id of the person's letter; the copy adds `-representative`. */
  id: string;
  title: string;
  /** The subject line under the references. */
  subject: string;
  blocks: Block[];
  /** Facts this letter's body uses (besides name, date of birth, reference and address). */
  facts: Record<string, string>;
  warnings: string[];
}

/** Shown in place of the signatory until one is set. */
export const NO_SIGNATORY = '[No signatory set: add the caseworker’s name, team and office address on the Settings page before sending this letter]';

/** An editable block whose text starts as its default. */
export function editable(id: string, label: string, defaultText: string, hint?: string): Block {
  return hint === undefined
    ? { kind: 'editable', id, label, defaultText, text: defaultText }
    : { kind: 'editable', id, label, hint, defaultText, text: defaultText };
}

/** A paragraph block. */
export function p(text: string): Block {
  return { kind: 'paragraph', text };
}

/** A heading block inside the body. */
export function h(text: string): Block {
  return { kind: 'heading', level: 3, text };
}

function senderBlock(options: LetterOptions): Block {
  const signatory = options.signatory;
  if (!signatory) return { kind: 'address', role: 'sender', lines: ['Home Office', NO_SIGNATORY] };
  const lines = ['Home Office', signatory.team.trim(), ...addressLines(signatory.officeAddress)].filter((line) => line !== '');
  return { kind: 'address', role: 'sender', lines };
}

function signatureBlock(options: LetterOptions): Block {
  const signatory = options.signatory;
  if (!signatory) return { kind: 'signature', closing: 'Yours sincerely', lines: [NO_SIGNATORY] };
  return { kind: 'signature', closing: 'Yours sincerely', lines: [signatory.name.trim(), signatory.team.trim(), 'Home Office'].filter((line) => line !== '') };
}

/**
 * The person a letter is written to, as the case records them: every route's letters are framed
 * from this, so they share one sender, recipient, references, greeting, signature and copy to a
 * legal representative. `frame` takes it from a Calais case file; the related routes from the
 * details kept beside their case (their case files hold no name or address).
 */
export interface LetterParty {
  /** The full name; undefined when not recorded. */
  name: string | undefined;
  homeOfficeReference: string | undefined;
  /** As typed: lines, or one line separated by commas. */
  address: string | undefined;
  /**
   * The date of birth, for a case that records one (a Calais case file): the letter then states
   * it, or the not-recorded marker. Absent for a route whose case records none: no row at all.
   */
  dateOfBirth?: { value: IsoDate | undefined };
  /** The legal representative, when one is on record. */
  representative?: Representative | undefined;
}

/** The party a Calais case file names. */
export function calaisParty(caseFile: CaseFile): LetterParty {
  return {
    name: joinName(caseFile.identity?.givenNames, caseFile.identity?.familyName),
    homeOfficeReference: caseFile.identity?.homeOfficeReference,
    address: caseFile.contact?.address,
    dateOfBirth: { value: caseFile.identity?.dateOfBirth },
    representative: hasRepresentative(caseFile) ? caseFile.contact?.representative : undefined,
  };
}

/** The person's name, date of birth (where the case records one), reference and address as the letter states them. */
function identityFacts(party: LetterParty): Record<string, string> {
  const facts: Record<string, string> = { Name: party.name?.trim() || notRecorded('name') };
  if (party.dateOfBirth) facts['Date of birth'] = longDate(party.dateOfBirth.value, 'date of birth');
  facts['Home Office reference'] = party.homeOfficeReference?.trim() || notRecorded('Home Office reference');
  facts.Address = addressLines(party.address).join(', ') || notRecorded('address');
  return facts;
}

function identityWarnings(facts: Record<string, string>, options: LetterOptions): string[] {
  const warnings: string[] = [];
  if (!options.signatory) warnings.push('No signatory is set: add the caseworker’s name, team and office address on the Settings page.');
  for (const [label, value] of Object.entries(facts)) {
    if (value.startsWith('[not recorded')) warnings.push(`${label === 'Address' ? 'The person’s address' : label} is not recorded.`);
  }
  return warnings;
}

/** Frames a Calais letter body: {@link frameLetter} with the party the case file names. */
export function frame(body: LetterBody, input: LetterInput): Letter[] {
  return frameLetter(body, calaisParty(input.caseFile), input.options);
}

/**
 * Frames a body, on any route, as the letter to the person and, when a legal representative is on
 * record, as the copy to the representative. Returns one or two letters.
 */
export function frameLetter(body: LetterBody, party: LetterParty, options: LetterOptions): Letter[] {
  const identity = identityFacts(party);
  const today = longDate(options.today, 'date');
  const name = identity.Name ?? '';
  const representative = party.representative;
  const representativeOnRecord = representative !== undefined;
  const repName = representativeName(representative);

  const personAddress = addressLines(party.address);
  const details = (extra: { label: string; value: string }[]): Block => ({
    kind: 'details',
    rows: [
      ...extra,
      { label: 'Our reference', value: identity['Home Office reference'] ?? '' },
      { label: 'Date', value: today },
      { label: 'Name', value: name },
      ...(identity['Date of birth'] !== undefined ? [{ label: 'Date of birth', value: identity['Date of birth'] }] : []),
    ],
  });
  const copyNote: Block[] = representativeOnRecord
    ? [p(`We have sent a copy of this letter to your legal representative${repName ? `, ${repName}` : ''}.`)]
    : [];
  const letterBody: Block[] = [
    { kind: 'heading', level: 2, text: body.subject },
    p(`Dear ${name}`),
    ...body.blocks,
    ...copyNote,
    signatureBlock(options),
  ];

  const repEmail = representative?.email?.trim();
  // Without a postal address, a representative with an email address is written to by email.
  const repPostal = addressLines(representative?.address);
  const repAddress = repPostal.length > 0 ? repPostal : repEmail ? [`By email: ${repEmail}`] : [];
  // The letter and its copy share their edits, so they share one set of facts (and fingerprint).
  const facts: Record<string, string> = { ...identity, ...body.facts };
  if (representativeOnRecord) {
    facts['Legal representative'] = repName ?? notRecorded('name of the legal representative');
    facts['Legal representative’s address'] = repAddress.join(', ') || notRecorded('address of the legal representative');
  }
  const warnings = [...identityWarnings(identity, options), ...body.warnings];
  const toPerson: Letter = {
    id: body.id,
    kind: body.kind,
    title: body.title,
    recipient: 'person',
    editsKey: body.id,
    blocks: [senderBlock(options), { kind: 'address', role: 'recipient', lines: [name, ...(personAddress.length > 0 ? personAddress : [notRecorded('address')])] }, details([]), ...letterBody],
    facts,
    warnings,
  };
  if (!representativeOnRecord) return [toPerson];

  const repWarnings: string[] = [];
  if (!repName) repWarnings.push('The legal representative’s name and organisation are not recorded.');
  if (repAddress.length === 0) repWarnings.push('The legal representative’s address (or email address) is not recorded.');
  const repLines = [representative?.name?.trim(), representative?.organisation?.trim()].filter((line): line is string => Boolean(line));
  const toRepresentative: Letter = {
    id: `${body.id}-representative`,
    kind: body.kind,
    title: `${body.title}: copy to legal representative`,
    recipient: 'representative',
    editsKey: body.id,
    blocks: [
      senderBlock(options),
      {
        kind: 'address',
        role: 'recipient',
        lines: [...(repLines.length > 0 ? repLines : [notRecorded('name of the legal representative')]), ...(repAddress.length > 0 ? repAddress : [notRecorded('address of the legal representative')])],
      },
      details(representative?.reference?.trim() ? [{ label: 'Your reference', value: representative.reference.trim() }] : []),
      { kind: 'heading', level: 2, text: `Copy of our letter to your client, ${name}` },
      p(`${representative?.name?.trim() ? `Dear ${representative.name.trim()}` : 'Dear Sir or Madam'}`),
      p(`Our records show that you are the legal representative of ${name}. This is a copy of the letter we have sent to your client today. It reads as follows.`),
      ...letterBody,
    ],
    facts,
    warnings: [...warnings, ...repWarnings],
  };
  return [toPerson, toRepresentative];
}
