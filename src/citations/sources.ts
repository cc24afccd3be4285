/**
 * The guidance documents the citation registry points to: the public documents the product
 * encodes, with the title and version each one states about itself.
 */

/** A guidance document, as it names itself. */
export interface GuidanceDocument {
  /** A short key for the document. */
  key: 'calais' | 'settlement-protection' | 'discretionary-leave' | 'restricted-leave' | 'fee-status';
  /** The document's title. */
  title: string;
  /** Its version, where the document states one. */
  version?: string;
  /** The date it was published, where it states one (`YYYY-MM-DD`). */
  published?: string;
}

/** Calais leave caseworker guidance: "version 6.0, published for Home Office staff on 25 July 2025" (page updated 29 July 2025). */
const CALAIS: GuidanceDocument = { key: 'calais', title: 'Calais leave', version: '6.0', published: '2025-07-25' };

/** Appendix Settlement Protection, as reformatted by the Statement of Changes HC 1691 (no substantive change). */
const SETTLEMENT_PROTECTION: GuidanceDocument = {
  key: 'settlement-protection',
  title: 'Immigration Rules: Appendix Settlement Protection',
  version: 'as changed by Statement of Changes HC 1691',
};

/** Discretionary leave: "version 10.0, published for Home Office staff on 16 March 2023" (page updated 8 March 2024). */
const DISCRETIONARY_LEAVE: GuidanceDocument = { key: 'discretionary-leave', title: 'Discretionary leave', version: '10.0', published: '2023-03-16' };

/** Restricted leave: "version 9.0, published for Home Office staff on 22 August 2025". */
const RESTRICTED_LEAVE: GuidanceDocument = { key: 'restricted-leave', title: 'Restricted leave', version: '9.0', published: '2025-08-22' };

/** The home fee status category for students with Calais leave; the text states no version or date. */
const FEE_STATUS: GuidanceDocument = {
  key: 'fee-status',
  title: 'Persons granted Calais leave to remain (home fee status category for academic years starting on or after 1 August 2023)',
};

/** Every guidance document, by key. */
export const GUIDANCE_DOCUMENTS = {
  calais: CALAIS,
  'settlement-protection': SETTLEMENT_PROTECTION,
  'discretionary-leave': DISCRETIONARY_LEAVE,
  'restricted-leave': RESTRICTED_LEAVE,
  'fee-status': FEE_STATUS,
} as const satisfies Record<GuidanceDocument['key'], GuidanceDocument>;
