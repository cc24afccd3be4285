/**
 * The plain-text rendering of a letter: what "Copy as text" puts on the clipboard and what the CLI
 * writes to `<letterId>.txt`. One paragraph per line, a blank line between blocks, so it pastes
 * cleanly into another system.
 */
import type { Block, Letter } from './types';

/**
 * Characters a letter never carries, removed from both renderings alike (so the text and the .docx
 * stay equal):
 * - the C0 controls other than tab, line feed and carriage return, and U+FFFE and U+FFFF, which
 *   XML 1.0 forbids (a .docx holding one does not open); DEL and the C1 controls too, which XML
 *   allows but which print as nothing and can drive a terminal;
 * - the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). A
 *   name ending in a right-to-left override would otherwise reverse the text after it. Stripping
 *   them, rather than wrapping each name in isolates, keeps the letter plain text that pastes into
 *   any system and prints the same everywhere; right-to-left names still read right to left, by
 *   their own letters.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const NOT_IN_LETTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/g;
/** A high surrogate without its low half, or a low one without its high half: not a character. */
// eslint-disable-next-line no-control-regex -- as above
const MAY_NEED_CLEANING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` as a letter may print it: without the characters above, and with a lone surrogate (half
 * of a character, from a damaged file) replaced by U+FFFD, as any UTF-8 writer would.
 */
export function letterSafeText(text: string): string {
  // Nearly every piece of text has none of these: look before rewriting (a batch renders thousands).
  if (!MAY_NEED_CLEANING.test(text)) return text;
  return text.replace(NOT_IN_LETTERS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** The editable text as paragraphs (separated by blank lines in what the caseworker typed). */
export function editableParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((part) => part !== '');
}

function renderBlock(block: Block): string | undefined {
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'address':
      return block.lines.join('\n');
    case 'details':
      return block.rows.map((row) => `${row.label}: ${row.value}`).join('\n');
    case 'editable': {
      const paragraphs = editableParagraphs(block.text);
      return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
    }
    case 'signature':
      return [block.closing, '', ...block.lines].join('\n');
  }
}

/** The letter as plain text. */
export function renderText(letter: Letter): string {
  return letterSafeText(`${letter.blocks
    .map(renderBlock)
    .filter((part): part is string => part !== undefined)
    .join('\n\n')}\n`);
}
