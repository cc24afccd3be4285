/**
 * The .docx rendering of a letter: WordprocessingML written here and packed into a zip, with no
 * library. The parts every letter shares (styles, bullets, settings, relationships) are built once;
 * a letter fills in only its document and its title. This is many times faster than building each
 * document with a general-purpose library (a batch of the cohort's letters spent most of its time
 * there) and keeps the app's download chunk small.
 *
 * Each paragraph of the text rendering becomes one Word paragraph with the same text, so the two
 * renderings say the same thing (the tests compare them). A4, 2.5 cm margins, Arial 12 pt;
 * headings keep with the next paragraph so a page never ends on a heading. Every piece of text
 * goes through `letterSafeText`, as the text rendering does, so no character XML forbids can reach
 * the file.
 */
import { editableParagraphs, letterSafeText } from './text';
import type { Block, Letter } from './types';

/** The media type of a .docx file. */
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const MARGIN = 1418; // 2.5 cm
const AFTER = 160;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Text as XML character data: safe characters only, markup characters escaped. */
function xmlText(text: string): string {
  const safe = letterSafeText(text);
  return MARKUP.test(safe) ? safe.replace(MARKUP_ALL, (ch) => ESCAPES[ch] as string) : safe;
}

const MARKUP = /[&<>"]/;
const MARKUP_ALL = /[&<>"]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

interface ParagraphOptions {
  after?: number;
  before?: number;
  style?: 'Heading1' | 'Heading2' | 'Heading3';
  keepNext?: boolean;
  keepLines?: boolean;
  right?: boolean;
  bullet?: boolean;
}

function run(text: string, bold = false): string {
  return `<w:r>${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** One paragraph; its properties in the order the schema requires (style, keeps, numbering, spacing, alignment). */
function paragraph(runs: string, options: ParagraphOptions = {}): string {
  const spacing = `<w:spacing${options.before !== undefined ? ` w:before="${options.before}"` : ''} w:after="${options.after ?? AFTER}"/>`;
  return (
    '<w:p><w:pPr>' +
    (options.style ? `<w:pStyle w:val="${options.style}"/>` : '') +
    (options.keepNext ? '<w:keepNext/>' : '') +
    (options.keepLines ? '<w:keepLines/>' : '') +
    (options.bullet ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '') +
    spacing +
    (options.right ? '<w:jc w:val="right"/>' : '') +
    `</w:pPr>${runs}</w:p>`
  );
}

function lines(texts: readonly string[], options: ParagraphOptions = {}): string {
  return texts.map((text, index) => paragraph(run(text), { ...options, after: index === texts.length - 1 ? AFTER * 2 : 0 })).join('');
}

function blockXml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return paragraph(run(block.text, true), {
        style: block.level === 2 ? 'Heading1' : block.level === 3 ? 'Heading2' : 'Heading3',
        keepNext: true,
        keepLines: true,
        before: 240,
        after: 120,
      });
    case 'paragraph':
      return paragraph(run(block.text, block.emphasis === true));
    case 'list':
      return block.items.map((item, index) => paragraph(run(item), { bullet: true, after: index === block.items.length - 1 ? AFTER : 60 })).join('');
    case 'address':
      return lines(block.lines, { right: block.role === 'sender' });
    case 'details':
      return block.rows.map((row, index) => paragraph(run(`${row.label}: `, true) + run(row.value), { after: index === block.rows.length - 1 ? AFTER * 2 : 0 })).join('');
    case 'editable':
      return editableParagraphs(block.text)
        .map((text) => paragraph(run(text)))
        .join('');
    case 'signature':
      return paragraph(run(block.closing), { keepNext: true, after: 720 }) + lines(block.lines, { keepLines: true });
  }
}

/** `word/document.xml` of the letter. */
export function documentXml(letter: Letter): string {
  return (
    `${DECLARATION}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>` +
    letter.blocks.map(blockXml).join('') +
    `<w:sectPr><w:pgSz w:w="${A4.width}" w:h="${A4.height}"/>` +
    `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>` +
    '</w:body></w:document>'
  );
}

function coreXml(letter: Letter): string {
  return (
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(letter.title)}</dc:title><dc:creator>Home Office</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}</dcterms:created>` +
    '</cp:coreProperties>'
  );
}

const CONTENT_TYPES =
  `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS =
  `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
  '</Relationships>';

const ARIAL = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>';

/** A heading style: black Arial, bold (Word's own heading styles are blue and in another font). */
function headingStyle(id: string, name: string, halfPoints: number, level: number): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="${level}"/></w:pPr>` +
    `<w:rPr>${ARIAL}<w:b/><w:bCs/><w:color w:val="000000"/><w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr></w:style>`
  );
}

const STYLES =
  `${DECLARATION}<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>${ARIAL}<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  headingStyle('Heading1', 'heading 1', 28, 0) +
  headingStyle('Heading2', 'heading 2', 24, 1) +
  headingStyle('Heading3', 'heading 3', 24, 2) +
  '</w:styles>';

const NUMBERING =
  `${DECLARATION}<w:numbering xmlns:w="${W}">` +
  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>' +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>' +
  `<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr>${ARIAL}</w:rPr></w:lvl></w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '</w:numbering>';

const SETTINGS = `${DECLARATION}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>`;

// ---- the zip container (stored entries: a letter is small, and storing needs no compressor) ----

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = (crcTable[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface ZipEntry {
  name: Uint8Array;
  data: Uint8Array;
  crc: number;
}

const encoder = new TextEncoder();

function entry(name: string, text: string): ZipEntry {
  const data = encoder.encode(text);
  return { name: encoder.encode(name), data, crc: crc32(data) };
}

let shared: ZipEntry[] | undefined;

/** The parts every letter shares, encoded and checksummed once. */
function sharedEntries(): ZipEntry[] {
  shared ??= [
    // [Content_Types].xml comes first, as Office writes it; some readers look for it there.
    entry('[Content_Types].xml', CONTENT_TYPES),
    entry('_rels/.rels', PACKAGE_RELS),
    entry('word/_rels/document.xml.rels', DOCUMENT_RELS),
    entry('word/styles.xml', STYLES),
    entry('word/numbering.xml', NUMBERING),
    entry('word/settings.xml', SETTINGS),
  ];
  return shared;
}

// 1 January 1980, 00:00, the earliest date a zip can hold: the entries carry no meaningful time.
const DOS_DATE = 0x0021;

/** A zip archive of `entries`, all stored (method 0). */
function zip(entries: readonly ZipEntry[]): Uint8Array {
  let size = 22;
  for (const e of entries) size += 30 + 46 + 2 * e.name.length + e.data.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const header = (signature: number, e: ZipEntry, central: boolean, offset: number) => {
    view.setUint32(at, signature, true);
    at += 4;
    if (central) {
      view.setUint16(at, 20, true); // made by: version 2.0
      at += 2;
    }
    view.setUint16(at, 20, true); // version needed: 2.0
    view.setUint16(at + 2, 0x0800, true); // flags: names are UTF-8
    view.setUint16(at + 4, 0, true); // method: stored
    view.setUint16(at + 6, 0, true); // time
    view.setUint16(at + 8, DOS_DATE, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint16(at + 22, e.name.length, true);
    view.setUint16(at + 24, 0, true); // extra field length
    at += 26;
    if (central) {
      view.setUint16(at, 0, true); // comment length
      view.setUint16(at + 2, 0, true); // disk number
      view.setUint16(at + 4, 0, true); // internal attributes
      view.setUint32(at + 6, 0, true); // external attributes
      view.setUint32(at + 10, offset, true);
      at += 14;
    }
    out.set(e.name, at);
    at += e.name.length;
  };
  for (const e of entries) {
    offsets.push(at);
    header(0x04034b50, e, false, 0);
    out.set(e.data, at);
    at += e.data.length;
  }
  const centralStart = at;
  entries.forEach((e, index) => header(0x02014b50, e, true, offsets[index] as number));
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 4, 0, true);
  view.setUint16(at + 6, 0, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  view.setUint16(at + 20, 0, true);
  return out;
}

/** The letter as the bytes of a .docx file, synchronously (in Node and in the browser). */
export function renderDocxSync(letter: Letter): Uint8Array {
  const parts = sharedEntries();
  return zip([...parts.slice(0, 2), entry('word/document.xml', documentXml(letter)), ...parts.slice(2), entry('docProps/core.xml', coreXml(letter))]);
}

/** The letter as the bytes of a .docx file (in Node and in the browser). */
export async function renderDocx(letter: Letter): Promise<Uint8Array> {
  return renderDocxSync(letter);
}
