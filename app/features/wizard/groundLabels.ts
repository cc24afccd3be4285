/**
 * How a suitability ground is labelled: in the numbering in force on the decision date, or in
 * both numberings while no decision date is recorded (Part 9 until 10 November 2025, Part
 * Suitability from 11 November 2025; the dates come from `SUITABILITY_NUMBERING`).
 */
import type { SuitabilityGroundCode } from '../../../src/case';
import { formatLong, type IsoDate } from '../../../src/dates';
import { SUITABILITY_NUMBERING, suitabilityGround, suitabilityParagraph } from '../../../src/rules';

/** The first day of Part Suitability's numbering (11 November 2025), from the dated table. */
function partSuitabilityFrom(): IsoDate {
  return SUITABILITY_NUMBERING.find((row) => row.value === 'part-suitability')?.from ?? '2025-11-11';
}

/**
 * A ground's citation as shown: the numbering in force on the decision date, or, while no decision
 * date is recorded, both ("9.4.1 / SUI 5.1"). Grounds outside 352J(v) have one citation.
 */
export function groundCitation(code: SuitabilityGroundCode, decisionDate: IsoDate | undefined): string {
  if (decisionDate) return suitabilityParagraph(code, decisionDate);
  const { citations } = suitabilityGround(code);
  return citations['part-9'] === citations['part-suitability'] ? citations['part-9'] : `${citations['part-9']} / ${citations['part-suitability']}`;
}

/** "Criminality: serious (9.4.1 / SUI 5.1)". */
export function groundLabel(code: SuitabilityGroundCode, decisionDate: IsoDate | undefined): string {
  return `${suitabilityGround(code).title} (${groundCitation(code, decisionDate)})`;
}

/** The sentence under the heading that says which numbering the labels use. */
export function numberingNote(decisionDate: IsoDate | undefined): string {
  const from = formatLong(partSuitabilityFrom());
  if (!decisionDate) {
    return `No decision date is recorded yet, so both numberings are shown: Part 9 first, then Part Suitability (SUI), which is in force from ${from}.`;
  }
  return decisionDate < partSuitabilityFrom()
    ? `Paragraph numbers are those of Part 9, in force on the decision date, ${formatLong(decisionDate)}.`
    : `Paragraph numbers are those of Part Suitability (SUI), in force on the decision date, ${formatLong(decisionDate)}.`;
}
