/**
 * Shared by the letter tests: the scenario library, a fixed signatory, and the text of a .docx.
 * Not used by the app or the CLI.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { parseCaseFile, type CaseFile } from '../case';
import { decide, type Decision } from '../rules';
import type { Signatory } from './types';

/** The folder of scenario files. */
export const SCENARIO_DIR = fileURLToPath(new URL('../../public/scenarios/', import.meta.url));

/** A signatory for tests and snapshots. */
export const TEST_SIGNATORY: Signatory = {
  name: 'Alex Morgan',
  team: 'Calais Leave Settlement Team',
  officeAddress: 'Lunar House\n40 Wellesley Road\nCroydon CR9 2BY',
};

/** One scenario file, read, validated and decided on its own decision date. */
export interface DecidedScenario {
  file: string;
  name: string;
  caseFile: CaseFile;
  decision: Decision;
}

/** Every scenario file of the library (not the related-route folders), decided. */
export function decidedScenarios(): DecidedScenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((file) => file.endsWith('.json') && file !== 'index.json')
    .sort()
    .map((file) => {
      const parsed = parseCaseFile(JSON.parse(readFileSync(`${SCENARIO_DIR}${file}`, 'utf8')));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
      const decisionDate = parsed.value.decisionDate ?? '2025-06-01';
      return { file, name: file.replace(/\.json$/, ''), caseFile: parsed.value, decision: decide(parsed.value, { decisionDate }) };
    });
}

/** The scenario file `name` (without .json), as a case file to vary. */
export function scenarioCase(name: string): CaseFile {
  const parsed = parseCaseFile(JSON.parse(readFileSync(`${SCENARIO_DIR}${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`${name} does not validate`);
  return parsed.value;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Parses `xml` with a conforming XML 1.0 parser (saxes checks every character and every rule of
 * well-formedness, with namespaces) and throws the parser's message, naming `part`, if it is not
 * well-formed.
 */
export function assertWellFormedXml(xml: string, part: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw new Error(`${part} is not well-formed XML: ${failure.message}`);
}

/**
 * `word/document.xml` of a .docx, and the text of each of its paragraphs. Every XML part of the
 * package (the relationships, styles, properties and the document) must be well-formed XML, or
 * this throws.
 */
export async function docxParagraphs(bytes: Uint8Array): Promise<{ xml: string; paragraphs: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml']) {
    if (!zip.file(part)) throw new Error(`No ${part} in the .docx`);
  }
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(name)) assertWellFormedXml(await entry.async('string'), name);
  }
  const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join(''),
  );
  return { xml, paragraphs };
}

/**
 * The lines a letter's copied text should give as .docx paragraphs: blank lines dropped and a list
 * item's "- " marker taken off, since the .docx shows a list item as its own paragraph.
 */
export function copiedTextAsParagraphs(copied: string): string[] {
  return copied
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/^- /, ''));
}
