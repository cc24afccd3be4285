/**
 * The plain-text rendering of a letter: what "Copy as text" puts on the clipboard and what the CLI
 * writes to `<letterId>.txt`. One paragraph per line, a blank line between blocks, so it pastes
 * cleanly into another system.
 */
import type { Block, Letter } from './types';

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
  return `${letter.blocks
    .map(renderBlock)
    .filter((part): part is string => part !== undefined)
    .join('\n\n')}\n`;
}
