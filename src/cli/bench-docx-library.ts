/**
 * The .docx rendering of a letter as it was built before src/letters/docx.ts wrote the
 * WordprocessingML itself: with the docx library (a dev dependency now). Kept only so that
 * `npm run bench` can measure the two side by side in one run; neither the app nor the CLI uses it.
 *
 * Each paragraph of the text rendering becomes one Word paragraph with the same text, so the two
 * renderings say the same thing (the tests compare them). A4, 2.5 cm margins, Arial 12 pt;
 * headings keep with the next paragraph so a page never ends on a heading.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { editableParagraphs } from '../letters/text';
import type { Block, Letter } from '../letters/types';

const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const MARGIN = 1418; // 2.5 cm
const AFTER = 160;

function para(text: string, options: Omit<IParagraphOptions, 'text' | 'children'> = {}, bold = false): Paragraph {
  return new Paragraph({ spacing: { after: AFTER }, ...options, children: [new TextRun({ text, bold })] });
}

function lines(texts: readonly string[], options: Omit<IParagraphOptions, 'text' | 'children'> = {}): Paragraph[] {
  return texts.map((text, index) => new Paragraph({ ...options, spacing: { after: index === texts.length - 1 ? AFTER * 2 : 0 }, children: [new TextRun(text)] }));
}

function blockParagraphs(block: Block): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [
        para(
          block.text,
          { heading: block.level === 2 ? HeadingLevel.HEADING_1 : block.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
          true,
        ),
      ];
    case 'paragraph':
      return [para(block.text, {}, block.emphasis === true)];
    case 'list':
      return block.items.map((item, index) => para(item, { bullet: { level: 0 }, spacing: { after: index === block.items.length - 1 ? AFTER : 60 } }));
    case 'address':
      return lines(block.lines, block.role === 'sender' ? { alignment: AlignmentType.RIGHT } : {});
    case 'details':
      return block.rows.map(
        (row, index) =>
          new Paragraph({
            spacing: { after: index === block.rows.length - 1 ? AFTER * 2 : 0 },
            children: [new TextRun({ text: `${row.label}: `, bold: true }), new TextRun(row.value)],
          }),
      );
    case 'editable':
      return editableParagraphs(block.text).map((text) => para(text));
    case 'signature':
      return [para(block.closing, { keepNext: true, spacing: { after: 720 } }), ...lines(block.lines, { keepLines: true })];
  }
}

/** The letter as a Word document (not yet packed). */
export function letterDocument(letter: Letter): Document {
  return new Document({
    creator: 'Home Office',
    title: letter.title,
    // Word's own heading styles are blue and in another font: keep headings black Arial, as printed.
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 24 } },
        heading1: { run: { font: 'Arial', size: 28, bold: true, color: '000000' } },
        heading2: { run: { font: 'Arial', size: 24, bold: true, color: '000000' } },
        heading3: { run: { font: 'Arial', size: 24, bold: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: letter.blocks.flatMap(blockParagraphs),
      },
    ],
  });
}

/** The letter as the bytes of a .docx file, built with the docx library. */
export async function renderDocxWithLibrary(letter: Letter): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(letterDocument(letter)));
}
