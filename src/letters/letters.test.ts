import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../case';
import { decide } from '../rules';
import { renderDocx } from './docx';
import { applyEdits, changedFacts, FACTS_TO_WRITE, letterFingerprint, lettersFor, NO_SIGNATORY, refusalGrounds, renderText, type Letter } from './index';
import { assertWellFormedXml, copiedTextAsParagraphs, decidedScenarios, docxParagraphs, scenarioCase, TEST_SIGNATORY } from './testing';

const scenarios = decidedScenarios();

function letters(caseFile: CaseFile, withSignatory = true): Letter[] {
  const decision = decide(caseFile, { decisionDate: caseFile.decisionDate ?? '2025-06-01' });
  return lettersFor(caseFile, decision, { signatory: withSignatory ? TEST_SIGNATORY : undefined, today: decision.decisionDate });
}

/** Every citation-like token in a text: 352J(iv), 352T, STP 2.1(b), SUI 5.1, 9.4.1, 9.2.1(c). */
function citationsIn(text: string): string[] {
  const pattern = /\b(?:3\d\d[A-Z]{1,2}(?:\([ivx]+\))?|STP \d+\.\d+(?:\([a-g]\))?|SUI \d+\.\d+(?:\([a-z]\))?|9\.\d+\.\d+(?:\([a-z]\))?)/g;
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

function withPerson(caseFile: CaseFile, change: Partial<CaseFile>): CaseFile {
  return { ...caseFile, ...change };
}

const hostileName = { givenNames: '<img src=x onerror=alert(1)> "Zoë" O’Brien', familyName: 'أحمد' };

/** A scenario at the initial contact stage: no reply yet. */
function initialContactCase(outstanding: boolean | undefined): CaseFile {
  const base = scenarioCase('41-questionnaire-not-returned');
  const { letterVersion: _unused, ...contact } = base.initialContact ?? {};
  return {
    ...base,
    initialContact: { ...contact, responseReceived: false },
    otherApplication: outstanding === undefined ? {} : outstanding ? { outstanding: true, route: 'family (partner)', madeOn: '2022-02-14', inTime: true } : { outstanding: false },
  };
}

/** A case with a legal representative on record. */
function withRepresentative(caseFile: CaseFile): CaseFile {
  return {
    ...caseFile,
    contact: {
      ...caseFile.contact,
      hasRepresentative: true,
      representative: { name: 'Sam Patel', organisation: 'Patel Immigration Law', reference: 'SP/123', address: '10 Law Street\nLeeds LS2 2BB' },
    },
  };
}

describe('snapshots of every letter for every scenario (reviewed by hand)', () => {
  for (const scenario of scenarios) {
    it(scenario.name, async () => {
      const list = lettersFor(scenario.caseFile, scenario.decision, { signatory: TEST_SIGNATORY, today: scenario.decision.decisionDate });
      const header = `Scenario: ${scenario.caseFile.scenario?.title ?? scenario.name}\nOutcome: ${scenario.decision.outcome}\n`;
      const body =
        list.length === 0
          ? 'No letter fits this outcome.\n'
          : list.map((letter) => `${'='.repeat(100)}\n${letter.title} [${letter.id}]\n${'='.repeat(100)}\n${renderText(letter)}`).join('\n');
      await expect(`${header}\n${body}`).toMatchFileSnapshot(`__snapshots__/${scenario.name}.txt`);
    });
  }

  const extra: Record<string, CaseFile> = {
    'extra-initial-contact-no-application': initialContactCase(false),
    'extra-initial-contact-outstanding-application-with-representative': withRepresentative(initialContactCase(true)),
    'extra-questionnaire-cover-outstanding-application': {
      ...scenarioCase('41-questionnaire-not-returned'),
      otherApplication: { outstanding: true, route: 'family (partner)', madeOn: '2022-02-14', inTime: true, considerUnderCalaisPolicy: 'not-answered' },
    },
    'extra-grant-with-representative': withRepresentative(scenarioCase('47-dependants-in-line-and-family-route')),
  };
  for (const [name, caseFile] of Object.entries(extra)) {
    it(name, async () => {
      const body = letters(caseFile)
        .map((letter) => `${'='.repeat(100)}\n${letter.title} [${letter.id}]\n${'='.repeat(100)}\n${renderText(letter)}`)
        .join('\n');
      await expect(body).toMatchFileSnapshot(`__snapshots__/${name}.txt`);
    });
  }
});

describe('which letters fit', () => {
  it('offers exactly the letter of the outcome, and no decision letter for other outcomes (nor before consideration)', () => {
    const expected: Record<string, string[]> = {
      'grant-settlement': ['grant'],
      'refuse-settlement': ['refusal'],
      'on-hold-pending-prosecution': ['hold'],
      'not-eligible': ['not-eligible'],
      'declined-consideration': [],
    };
    for (const scenario of scenarios) {
      const all = lettersFor(scenario.caseFile, scenario.decision, { today: '2025-06-01' });
      const ids = all.filter((l) => l.recipient === 'person').map((l) => l.id);
      const copies = all.filter((l) => l.recipient === 'representative').map((l) => l.id);
      expect(copies, scenario.name).toEqual(scenario.caseFile.contact?.hasRepresentative === true ? ids.map((id) => `${id}-representative`) : []);
      const heldChildren = scenario.decision.outcome === 'grant-settlement' ? scenario.decision.dependants.filter((d) => d.outcome === 'on-hold').map((d) => `hold-dependant-${d.index + 1}`) : [];
      // Not eligible before consideration: no decision letter, the process letters continue.
      const want = scenario.decision.beforeConsideration ? undefined : expected[scenario.decision.outcome];
      if (want) expect(ids, scenario.name).toEqual([...want, ...heldChildren]);
      else expect(ids.every((id) => id === 'questionnaire-cover' || id.startsWith('initial-contact')), scenario.name).toBe(true);
    }
  });

  it('offers the initial contact letter in the version that fits, or both when that is unknown', () => {
    expect(letters(initialContactCase(true)).map((l) => l.id)).toEqual(['initial-contact-outstanding']);
    expect(letters(initialContactCase(false)).map((l) => l.id)).toEqual(['initial-contact']);
    expect(letters(initialContactCase(undefined)).map((l) => l.id)).toEqual(['initial-contact-outstanding', 'initial-contact']);
  });

  it('offers the questionnaire cover letter once the person has replied, with the opt-in question only when an application is outstanding', () => {
    const base = scenarioCase('41-questionnaire-not-returned');
    const plain = letters(base);
    expect(plain.map((l) => l.id)).toEqual(['questionnaire-cover']);
    expect(renderText(plain[0] as Letter)).not.toContain('Your other application');
    const opting = letters({ ...base, otherApplication: { outstanding: true, considerUnderCalaisPolicy: 'not-answered', inTime: true } });
    const text = renderText(opting[0] as Letter);
    expect(text).toContain('would like to be considered for settlement under the Calais leave policy instead');
    expect(text).toContain('refund the application fee and any Immigration Health Surcharge');
  });

  it('adds a copy to the legal representative of every letter when one is on record, addressed to them', () => {
    for (const caseFile of [initialContactCase(true), scenarioCase('01-grant-clean'), scenarioCase('16-stp-a-four-years'), scenarioCase('39-pending-prosecution-hold')]) {
      const list = letters(withRepresentative(caseFile));
      expect(list.length).toBe(2);
      const [toPerson, toRep] = list as [Letter, Letter];
      expect(toRep.id).toBe(`${toPerson.id}-representative`);
      expect(toRep.recipient).toBe('representative');
      expect(toRep.editsKey).toBe(toPerson.id);
      const repText = renderText(toRep);
      expect(repText).toContain('Sam Patel\nPatel Immigration Law\n10 Law Street\nLeeds LS2 2BB');
      expect(repText).toContain('Your reference: SP/123');
      expect(renderText(toPerson)).toContain('We have sent a copy of this letter to your legal representative, Sam Patel of Patel Immigration Law.');
    }
  });
});

describe('refusal letters', () => {
  const refused = scenarios.filter((s) => s.decision.outcome === 'refuse-settlement');
  it('there are refused scenarios to check', () => expect(refused.length).toBeGreaterThan(10));

  it('contain every refusal citation of their decision and no citation the decision does not have', () => {
    for (const scenario of refused) {
      const grounds = scenario.decision.reasons.filter((r) => r.status === 'not-met' && r.code !== 'no-charges-pending').map((r) => r.citation);
      expect(grounds.length, scenario.name).toBeGreaterThan(0);
      expect(refusalGrounds(scenario.decision.reasons).map((r) => r.citation)).toEqual(grounds);
      const text = renderText(letters(scenario.caseFile)[0] as Letter);
      for (const citation of grounds) expect(text, `${scenario.name} cites ${citation}`).toContain(citation);
      const cited = new Set(citationsIn(text));
      for (const citation of cited) expect(grounds, `${scenario.name} cites ${citation}, which is not a ground of its decision`).toContain(citation);
    }
  });

  it('state what the person can do next and offer no administrative review', () => {
    for (const scenario of refused) {
      const text = renderText(letters(scenario.caseFile)[0] as Letter);
      expect(text).toContain('apply for permission to stay on another immigration route');
      expect(text).toContain('independent legal advice');
      expect(text).not.toMatch(/you (can|may) (ask|apply) for (an )?administrative review/i);
    }
  });

  it('state the facts relied on for each ground, or ask the caseworker for them', () => {
    const caseFile = scenarioCase('34-352j-v-deception-part-9');
    const finding = caseFile.suitability?.deception;
    const noNote: CaseFile = { ...caseFile, suitability: { ...caseFile.suitability, deception: { applies: true } } };
    const [letter] = letters(noNote) as [Letter];
    expect(renderText(letter)).toContain(FACTS_TO_WRITE);
    expect(letter.warnings.join(' ')).toContain('No facts are recorded for 9.7.2');
    if (finding?.note) expect(renderText(letters(caseFile)[0] as Letter)).toContain(finding.note);
  });
});

describe('grant letters', () => {
  const granted = scenarios.filter((s) => s.decision.outcome === 'grant-settlement');
  it('name every dependant granted in line and no other dependant', () => {
    let checked = 0;
    for (const scenario of granted) {
      const text = renderText(letters(scenario.caseFile)[0] as Letter);
      const people = scenario.caseFile.dependants?.people ?? [];
      for (const d of scenario.decision.dependants) {
        const person = people[d.index];
        const name = [person?.givenNames, person?.familyName].filter(Boolean).join(' ');
        if (d.outcome === 'grant-in-line') {
          expect(text, `${scenario.name}: ${name}`).toContain(name);
          checked++;
        } else expect(text, `${scenario.name}: ${name}`).not.toContain(name);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('says the other application is void after service and the fee and surcharge are refunded, only when the person opted in', () => {
    const optedIn = renderText(letters(scenarioCase('44-opted-in-with-other-application'))[0] as Letter);
    expect(optedIn).toContain('Once this decision has been served on you, that application is void');
    expect(optedIn).toContain('refund the application fee and any Immigration Health Surcharge');
    const plain = renderText(letters(scenarioCase('01-grant-clean'))[0] as Letter);
    expect(plain).not.toContain('void');
    expect(plain).not.toContain('Immigration Health Surcharge');
  });
});

describe('every letter', () => {
  const all = scenarios.flatMap((s) => lettersFor(s.caseFile, s.decision, { signatory: TEST_SIGNATORY, today: s.decision.decisionDate }).map((letter) => ({ scenario: s, letter })));

  it('has no raw codes, undefined values or blanks', () => {
    for (const { scenario, letter } of all) {
      const text = renderText(letter);
      expect(text, scenario.name).not.toMatch(/undefined|NaN|\[object|null|not-met|grant-settlement|refuse-settlement|finding-|stp-2|calais-352|\d{4}-\d{2}-\d{2}/);
      expect(text, scenario.name).not.toMatch(/: \n|\s{3,}\S/);
    }
  });

  it('states the reference, name, date of birth and address, with dates in GOV.UK style', () => {
    for (const { scenario, letter } of all) {
      const text = renderText(letter);
      const identity = scenario.caseFile.identity;
      expect(text).toContain(`Our reference: ${identity?.homeOfficeReference ?? ''}`);
      expect(text).toContain(`Name: ${identity?.givenNames ?? ''} ${identity?.familyName ?? ''}`);
      expect(text).toMatch(/Date of birth: \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\n/);
      expect(text).toMatch(/\nDate: \d{1,2} [A-Z][a-z]+ \d{4}\n/);
    }
  });

  it('says so instead of printing blanks when no signatory is set', () => {
    const [letter] = letters(scenarioCase('01-grant-clean'), false) as [Letter];
    const text = renderText(letter);
    expect(text).toContain(NO_SIGNATORY);
    expect(letter.warnings[0]).toMatch(/No signatory is set/);
  });

  it('marks a missing name, date of birth or address as not recorded', () => {
    const caseFile = scenarioCase('01-grant-clean');
    const [letter] = letters({ ...caseFile, identity: {}, contact: {} }) as [Letter];
    const text = renderText(letter);
    expect(text).toContain('Dear [not recorded: name]');
    expect(text).toContain('Date of birth: [not recorded: date of birth]');
    expect(letter.warnings.join(' ')).toContain('The person’s address is not recorded.');
  });
});

describe('the .docx', () => {
  it('opens and holds the same text as the text rendering, for every letter of every scenario', async () => {
    const seen = new Set<string>();
    for (const scenario of scenarios) {
      for (const letter of lettersFor(withRepresentative(scenario.caseFile), scenario.decision, { signatory: TEST_SIGNATORY, today: scenario.decision.decisionDate })) {
        // One of each kind is enough to keep the test quick; the kinds cover every block type.
        const key = `${letter.kind}:${letter.recipient}:${scenario.decision.dependants.length > 0}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const { paragraphs } = await docxParagraphs(await renderDocx(letter));
        const textLines = copiedTextAsParagraphs(renderText(letter));
        expect(paragraphs.filter((line) => line !== ''), `${scenario.name} ${letter.id}`).toEqual(textLines);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(6);
  });
});

describe('the .docx package', () => {
  it('holds every part its content types and relationships name, and names every part it holds', async () => {
    const [letter] = letters(scenarioCase('01-grant-clean')) as [Letter];
    const zip = await JSZip.loadAsync(await renderDocx(letter));
    const names = Object.keys(zip.files).sort();
    const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
    const overrides = [...(await read('[Content_Types].xml')).matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    const targets = [
      ...[...(await read('_rels/.rels')).matchAll(/Target="([^"]+)"/g)].map((m) => m[1]),
      ...[...(await read('word/_rels/document.xml.rels')).matchAll(/Target="([^"]+)"/g)].map((m) => `word/${m[1]}`),
    ];
    for (const part of [...overrides, ...targets]) expect(names, part).toContain(part);
    expect(names.filter((n) => !n.endsWith('.rels') && n !== '[Content_Types].xml').sort()).toEqual([...new Set(overrides)].sort());
    expect(await read('docProps/core.xml')).toContain(`<dc:title>${letter.title}</dc:title>`);
  });
});

describe('hostile and non-Latin names', () => {
  const caseFile = withPerson(withRepresentative(scenarioCase('01-grant-clean')), { identity: { ...scenarioCase('01-grant-clean').identity, ...hostileName } });
  const name = `${hostileName.givenNames} ${hostileName.familyName}`;

  it('appear as they are in the text rendering', () => {
    for (const letter of letters(caseFile)) expect(renderText(letter)).toContain(`Name: ${name}`);
  });

  it('are escaped in the .docx XML and read back as the same text', async () => {
    const [letter] = letters(caseFile) as [Letter];
    const { xml, paragraphs } = await docxParagraphs(await renderDocx(letter));
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(paragraphs).toContain(`Name: ${name}`);
    expect(paragraphs).toContain(`Dear ${name}`);
  });
});

describe('edits and the facts they were written against', () => {
  const caseFile = scenarioCase('34-352j-v-deception-part-9');
  const [letter] = letters(caseFile) as [Letter];

  it('put the caseworker’s wording in place of the default, and leave out an emptied part', () => {
    const edited = applyEdits(letter, { additional: 'First paragraph.\n\nSecond paragraph.' });
    const text = renderText(edited);
    expect(text).toContain('First paragraph.\n\nSecond paragraph.');
    const editableIds = letter.blocks.flatMap((b) => (b.kind === 'editable' ? [b.id] : []));
    const emptied = applyEdits(letter, Object.fromEntries(editableIds.map((id) => [id, ''])));
    expect(renderText(emptied)).not.toContain('The facts we relied on');
  });

  it('keep the fingerprint while the facts stay, and change it with the facts, saying which changed', () => {
    const again = letters(caseFile)[0] as Letter;
    expect(letterFingerprint(again)).toBe(letterFingerprint(letter));
    const moved = letters({ ...caseFile, identity: { ...caseFile.identity, familyName: 'Changed' } })[0] as Letter;
    expect(letterFingerprint(moved)).not.toBe(letterFingerprint(letter));
    const changes = changedFacts(letter.facts, moved.facts);
    expect(changes.map((c) => c.label)).toEqual(['Name']);
    expect(changes[0]?.now).toContain('Changed');
  });

  it('do not change the fingerprint when only the signatory or the letter date changes', () => {
    const decision = decide(caseFile, { decisionDate: caseFile.decisionDate ?? '2025-06-01' });
    const other = lettersFor(caseFile, decision, { today: '2025-07-09' })[0] as Letter;
    expect(letterFingerprint(other)).toBe(letterFingerprint(letter));
  });
});

describe('characters XML 1.0 forbids, in names, notes and edits', () => {
  // Every C0 control but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates of both halves.
  const c0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((ch) => !['\t', '\n', '\r'].includes(ch));
  // The low half comes first so that the two do not join into a valid pair.
  const forbidden = [...c0, '\uFFFE', '\uFFFF', '\uDFFF', '\uD800'];
  const dirty = (text: string) => `${text}${forbidden.join('')}end`;
  const base = scenarioCase('34-352j-v-deception-part-9');
  const caseFile: CaseFile = {
    ...withRepresentative(base),
    identity: { ...base.identity, givenNames: dirty('Ana'), familyName: dirty('Silva') },
    suitability: { ...base.suitability, deception: { applies: true, note: dirty('Forged document.') } },
  };

  it('never reach the text or the .docx, whose every part parses as XML and holds the same text', async () => {
    const all = letters(caseFile);
    expect(all.length).toBeGreaterThan(0);
    expect(all.map(renderText).join('')).toContain('Forged document.\uFFFD\uFFFDend');
    for (const original of all) {
      const editableId = original.blocks.find((b) => b.kind === 'editable')?.id;
      const letter = editableId ? applyEdits(original, { [editableId]: dirty('Edited paragraph.') }) : original;
      const text = renderText(letter);
      for (const ch of forbidden) expect(text.includes(ch), `U+${ch.charCodeAt(0).toString(16)} in ${letter.id}`).toBe(false);
      expect(text).toContain('Ana\uFFFD\uFFFDend');
      if (editableId) expect(text).toContain('Edited paragraph.\uFFFD\uFFFDend');
      // docxParagraphs parses every XML part with a conforming parser and throws if one is not well-formed.
      const { paragraphs } = await docxParagraphs(await renderDocx(letter));
      const textLines = copiedTextAsParagraphs(text);
      expect(paragraphs.filter((line) => line !== ''), letter.id).toEqual(textLines);
    }
  });

  it('are what the XML check refuses (so the check above can fail)', () => {
    for (const ch of ['\u0001', '\uFFFE', '\uFFFF']) expect(() => assertWellFormedXml(`<a>${ch}</a>`, 'probe')).toThrow(/probe is not well-formed/);
    expect(() => assertWellFormedXml('<a>ok</a>', 'probe')).not.toThrow();
  });
});

describe('bidirectional controls in names', () => {
  const base = scenarioCase('01-grant-clean');
  // A name ending in a right-to-left override (and one with an isolate left open): without
  // stripping, everything after the name on its line would display reversed.
  const caseFile: CaseFile = { ...base, identity: { ...base.identity, givenNames: 'Ana\u202E', familyName: 'Silva\u2067' } };

  it('are stripped from the text and the .docx alike, leaving the text beside them as it was', async () => {
    const [letter] = letters(caseFile) as [Letter];
    const [plain] = letters({ ...base, identity: { ...base.identity, givenNames: 'Ana', familyName: 'Silva' } }) as [Letter];
    const text = renderText(letter);
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text).toBe(renderText(plain));
    expect(text).toContain('Dear Ana Silva');
    const { xml, paragraphs } = await docxParagraphs(await renderDocx(letter));
    expect(xml).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(paragraphs).toEqual((await docxParagraphs(await renderDocx(plain))).paragraphs);
    expect(paragraphs).toContain('Dear Ana Silva');
  });

  it('leave right-to-left names as they are', () => {
    const [letter] = letters({ ...base, identity: { ...base.identity, givenNames: 'محمد', familyName: 'أحمد' } }) as [Letter];
    expect(renderText(letter)).toContain('Dear محمد أحمد');
  });
});
