import { suitabilityGround, suitabilityParagraph } from '../grounds';
import { reason, type Reason } from '../../related/reasons';
import { DL_PART_NINE_GROUNDS, type DiscretionaryLeaveCase } from './schema';

/**
 * Part 9 of the Immigration Rules (Part Suitability from 11 November 2025) for a settlement
 * application after DL: "Where an individual has accrued 10 years' lawful residence under the DL
 * policy and applies for settlement, you must consider Part 9 of the Immigration Rules"
 * ("Transitional arrangements"; "Considering settlement": "applying the current GGfR rules and
 * policy"). Every ground is the caseworker's finding, cited in the numbering in force on the
 * decision date (`suitabilityParagraph`, shared with the Calais core); 9.4.1 / SUI 5.1 is read
 * from the criminality record (`criminality.ts`).
 */

/** One reason per Part 9 ground, in the order of the Rules. A reason reads as "the ground does not apply". */
export function partNineReasons(input: DiscretionaryLeaveCase, decisionDate: string): Reason[] {
  return DL_PART_NINE_GROUNDS.map((code) => {
    const ground = suitabilityGround(code);
    const citation = suitabilityParagraph(code, decisionDate);
    const path = `suitability.${code}.applies`;
    const finding = input.suitability?.[code];
    const note = finding?.note ? ` Caseworker’s note: ${finding.note}` : '';
    if (finding?.applies === true) return reason(`dl-part-9-${code}`, citation, 'not-met', `Caseworker finding: ${ground.title.toLowerCase()} applies. ${ground.explanation}${note}`, [path]);
    if (finding?.applies === false) return reason(`dl-part-9-${code}`, citation, 'met', `Caseworker finding: ${ground.title.toLowerCase()} does not apply.${note}`, [path]);
    return reason(`dl-part-9-${code}`, citation, 'unknown', `Record whether this ground applies: ${ground.title.toLowerCase()}. ${ground.explanation}`, [path], [path]);
  });
}
