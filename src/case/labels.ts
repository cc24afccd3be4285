/**
 * Plain-English names of case-file fields, for lists of missing answers and error messages.
 * Keys are field paths with list positions written `[]`.
 */

const LABELS: Readonly<Record<string, string>> = {
  decisionDate: 'Decision date',
  'leave.transferredOn': 'Date of transfer to the UK',
  'leave.transferBasis': 'Basis of transfer',
  'leave.type': 'Type of leave granted',
  'leave.grantedOn': 'Date leave was granted',
  'leave.expiresOn': 'Date leave expires or expired',
  'leave.protectionClaimRefused': 'Whether the protection claim was refused',
  'leave.revoked': 'Whether the Calais leave has been revoked',
  'leave.revokedOn': 'Date the Calais leave was revoked',
  'leave.bidIssuedOn': 'Date the biometric immigration document was issued',
  'leave.bidRevoked': 'Whether the biometric immigration document has been revoked',
  'leave.bidRevokedOn': 'Date the biometric immigration document was revoked',
  'leave.currentStatus': 'Current immigration status',
  'leave.presentInUk': 'Whether the person is in the UK',
  'questionnaire.returned': 'Whether the questionnaire has been returned',
  'questionnaire.biometrics': 'Whether biometrics are required and enrolled',
  'otherApplication.outstanding': 'Whether the person has an outstanding application for further leave',
  'otherApplication.considerUnderCalaisPolicy': 'The person’s choice to be considered under the Calais policy',
  'criminality.hasConvictions': 'Whether the person has any convictions or out-of-court disposals',
  'criminality.convictions[].convictedOn': 'Date of conviction',
  'criminality.convictions[].kind': 'Kind of sentence or disposal',
  'criminality.convictions[].sentenceLengthMonths': 'Length of the custodial sentence',
  'criminality.convictions[].sentenceEndsOn': 'Date the sentence ends',
  'criminality.convictions[].appealPending': 'Whether an appeal against the conviction or sentence is pending',
  'criminality.convictions[].ukSimilarOffenceReachesThreshold': 'Whether a similar offence in the UK could have been sentenced to at least the section 72 threshold',
  'criminality.convictions': 'Add the conviction, or change the answer to No',
  'criminality.hasPendingCharges': 'Whether the person faces criminal charges not yet decided',
  'criminality.pendingCharges': 'Add the charge, or change the answer to No',
  'dependants.people': 'Add the dependant, or change the answer to No',
  'dependants.people[].relationship': 'Relationship of the dependant to the person',
  'otherApplication.inTime': 'Whether the outstanding application was made in time',
  'dependants.hasDependants': 'Whether the person has any dependants',
  'dependants.people[].holds352T': 'Whether the dependant was granted leave under paragraph 352T',
};

const GROUND_LABELS: Readonly<Record<string, string>> = {
  'excluded-from-protection': 'excluded from refugee status or humanitarian protection (352J(i))',
  'danger-to-security': 'danger to the security of the UK (352J(iii))',
  'danger-to-community': 'danger to the community after a particularly serious crime (352J(iv))',
  deportation: 'deportation order',
  'not-conducive': 'presence not conducive to the public good',
  'criminality-serious': 'criminality: custodial sentence of 12 months or more, persistent offending or serious harm',
  'criminality-other': 'criminality: shorter custodial sentence, non-custodial sentence or out-of-court disposal',
  exclusion: 'exclusion from the Refugee Convention or humanitarian protection',
  'false-representations': 'false representations or failure to disclose material facts',
  deception: 'deception',
  'immigration-breach': 'previous breach of immigration laws',
  'failure-to-cooperate': 'failure to attend an interview or provide information or biometrics',
  'nhs-debt': 'NHS debt of £500 or more',
  'litigation-costs': 'unpaid litigation costs owed to the Home Office',
  'purpose-not-covered': 'seeking to stay for a purpose not covered by the Rules',
  'persistent-offender': 'persistent offender (STP 2.1(e))',
  'serious-harm': 'offending that caused serious harm (STP 2.1(f))',
  'settlement-not-conducive': 'settlement not conducive to the public good (STP 2.1(g))',
};

/**
 * The plain-English name of a case-file field, e.g. `leave.bidIssuedOn` ->
 * "Date the biometric immigration document was issued". A dependant's field is prefixed
 * "Dependant n: ". Unknown paths are returned as they are.
 */
export function fieldLabel(path: string): string {
  const dependant = /^dependants\.people\[(\d+)\]\.(.+)$/.exec(path);
  if (dependant && dependant[2] !== 'holds352T' && dependant[2] !== 'relationship') {
    return `Dependant ${Number(dependant[1]) + 1}: ${fieldLabel(dependant[2] ?? '')}`;
  }
  const generic = path.replace(/\[\d+\]/g, '[]');
  const direct = LABELS[generic];
  if (direct !== undefined) {
    const index = /\[(\d+)\]/.exec(path);
    return index && generic.startsWith('criminality.convictions') ? `${direct} (conviction ${Number(index[1]) + 1})` : index ? `${direct} (dependant ${Number(index[1]) + 1})` : direct;
  }
  const ground = /^suitability\.([a-z-]+)\.applies$/.exec(generic);
  if (ground) return `Finding: ${GROUND_LABELS[ground[1] ?? ''] ?? ground[1]}`;
  return path;
}
