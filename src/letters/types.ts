/**
 * A letter as a typed document: headings, paragraphs, lists, address blocks and the free-text parts
 * a caseworker may edit. Built from (case, decision) only; rendered to text, to .docx and, in the
 * app, to HTML. Nothing here knows about React, the DOM or the file system.
 */
import type { IsoDate } from '../dates';

/** Who a letter is addressed to. */
export type Recipient = 'person' | 'representative';

/** The caseworker who signs every letter, set once on the device (app) or by option (CLI). */
export interface Signatory {
  /** The caseworker's full name. */
  name: string;
  /** The team, e.g. "Calais Leave Settlement Team". */
  team: string;
  /** The office address, one line per line. */
  officeAddress: string;
}

/** A heading inside the letter (the letter's subject line is `level: 2`). */
export interface HeadingBlock {
  kind: 'heading';
  level: 2 | 3 | 4;
  text: string;
}

/** A paragraph of running text. */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** Set on the few paragraphs that must stand out, such as a note that a detail is missing. */
  emphasis?: true;
}

/** A bulleted list. */
export interface ListBlock {
  kind: 'list';
  items: string[];
}

/** The sender's or the recipient's address, one line per entry. */
export interface AddressBlock {
  kind: 'address';
  role: 'sender' | 'recipient';
  lines: string[];
}

/** Labelled details at the top of the letter: references, date, date of birth. */
export interface DetailsBlock {
  kind: 'details';
  rows: { label: string; value: string }[];
}

/**
 * A part the caseworker may rewrite. `text` is what the letter says now (the default until edited);
 * an empty text leaves the part out. Paragraphs inside it are separated by a blank line.
 */
export interface EditableBlock {
  kind: 'editable';
  /** Stable within the letter; edits are stored under it. */
  id: string;
  /** What the caseworker is asked to write. */
  label: string;
  hint?: string;
  defaultText: string;
  text: string;
}

/** The closing and signature. */
export interface SignatureBlock {
  kind: 'signature';
  closing: string;
  lines: string[];
}

/** One block of a letter. */
export type Block = HeadingBlock | ParagraphBlock | ListBlock | AddressBlock | DetailsBlock | EditableBlock | SignatureBlock;

/**
 * The letters the process has (domain notes §5–§6), and on the related routes (§7): `referral`
 * tells the person their application goes to another policy (temporary permission to stay);
 * `assessment` is the fee status assessment, a summary for the student's file rather than a
 * letter, because a university or college, not the Home Office, decides fee status.
 */
export type LetterKind = 'initial-contact-outstanding' | 'initial-contact' | 'questionnaire-cover' | 'hold' | 'grant' | 'refusal' | 'not-eligible' | 'referral' | 'assessment';

/** One letter, ready to render. */
export interface Letter {
  /** Unique among the letters of a case, e.g. `grant` or `grant-representative`. */
  id: string;
  kind: LetterKind;
  /** What the letter is, for lists and page titles, e.g. "Grant of settlement". */
  title: string;
  recipient: Recipient;
  /** Edits are stored under this key; a copy to the representative shares its original's edits. */
  editsKey: string;
  blocks: Block[];
  /**
   * The facts the letter uses, as label -> value in plain English. Its fingerprint marks edits out
   * of date when any of them changes, and the page shows which.
   */
  facts: Record<string, string>;
  /** What must be put right before the letter can be sent (missing signatory, address…). */
  warnings: string[];
}

/** What `lettersFor` needs besides the case and the decision. */
export interface LetterOptions {
  /** The caseworker who signs; without one every letter says so instead of printing blanks. */
  signatory?: Signatory | undefined;
  /** The date the letter is written on. */
  today: IsoDate;
}
