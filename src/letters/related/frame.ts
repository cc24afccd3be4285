/**
 * The frame of a related-route letter: sender, recipient, references and date, subject, greeting
 * and signature, as the Calais letters have (`../compose`). The related-route case files hold no
 * name or address, so the person's details are passed beside the case; a detail not given prints
 * the not-recorded marker and adds a warning, never a blank or `undefined`.
 */
import { NO_SIGNATORY, p, type LetterBody } from '../compose';
import { addressLines, longDate, notRecorded } from '../format';
import type { Block, Letter, LetterOptions } from '../types';

/** The person a related-route letter is written to, as the caseworker recorded them. */
export interface RelatedPerson {
  name?: string | undefined;
  homeOfficeReference?: string | undefined;
  /** As typed: lines, or one line separated by commas. */
  address?: string | undefined;
}

/** What a related-route letter file returns, framed by {@link frameRelated}: the same body as a Calais letter's. */
export type RelatedLetterBody = LetterBody;

/** The person's name as the letter prints it. */
export function relatedPersonName(person: RelatedPerson): string {
  return person.name?.trim() || notRecorded('name');
}

/** Frames a body as the letter to the person. */
export function frameRelated(body: RelatedLetterBody, person: RelatedPerson, options: LetterOptions): Letter {
  const name = relatedPersonName(person);
  const reference = person.homeOfficeReference?.trim() || notRecorded('Home Office reference');
  const address = addressLines(person.address);
  const signatory = options.signatory;
  const sender: Block = signatory
    ? { kind: 'address', role: 'sender', lines: ['Home Office', signatory.team.trim(), ...addressLines(signatory.officeAddress)].filter((line) => line !== '') }
    : { kind: 'address', role: 'sender', lines: ['Home Office', NO_SIGNATORY] };
  const signature: Block = signatory
    ? { kind: 'signature', closing: 'Yours sincerely', lines: [signatory.name.trim(), signatory.team.trim(), 'Home Office'].filter((line) => line !== '') }
    : { kind: 'signature', closing: 'Yours sincerely', lines: [NO_SIGNATORY] };

  const facts: Record<string, string> = { Name: name, 'Home Office reference': reference, Address: address.join(', ') || notRecorded('address'), ...body.facts };
  const warnings: string[] = [];
  if (!signatory) warnings.push('No signatory is set: add the caseworker’s name, team and office address on the Settings page.');
  if (!person.name?.trim()) warnings.push('The person’s name is not recorded.');
  if (!person.homeOfficeReference?.trim()) warnings.push('The Home Office reference is not recorded.');
  if (address.length === 0) warnings.push('The person’s address is not recorded.');

  return {
    id: body.id,
    kind: body.kind,
    title: body.title,
    recipient: 'person',
    editsKey: body.id,
    blocks: [
      sender,
      { kind: 'address', role: 'recipient', lines: [name, ...(address.length > 0 ? address : [notRecorded('address')])] },
      {
        kind: 'details',
        rows: [
          { label: 'Our reference', value: reference },
          { label: 'Date', value: longDate(options.today, 'date') },
          { label: 'Name', value: name },
        ],
      },
      { kind: 'heading', level: 2, text: body.subject },
      p(`Dear ${name}`),
      ...body.blocks,
      signature,
    ],
    facts,
    warnings: [...warnings, ...body.warnings],
  };
}

/** A reason's sentence as a letter states it: without the "Caseworker finding:" label the app shows. */
export function findingSentence(text: string): string {
  const stripped = text.replace(/^Caseworker finding:\s*/, '').trim();
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}
