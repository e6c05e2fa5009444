import { partialDateInput } from '@/lib/format'
import type { FormValues } from '@/lib/forms/state'
import { localizedValues, partyValues, plainValues } from '@/lib/forms/values'
import type { MemorandumForEdit } from './queries'

/** A memorandum as its edit form's values (a status the form cannot set reads as it is stored). */
export function memorandumFormValues(m: MemorandumForEdit): FormValues {
  const values: FormValues = {
    ...localizedValues('subject', m.subject),
    ...plainValues({
      kind: m.kind,
      status: m.status,
      sourceLocale: m.sourceLocale,
      signedDate: partialDateInput(m.signedDate, m.signedPrecision),
      effectiveDate: partialDateInput(m.effectiveDate, m.effectivePrecision),
      expiryDate: partialDateInput(m.expiryDate, m.expiryPrecision),
      documentRef: m.documentRef,
      partnershipId: m.partnershipId,
      version: m.version,
    }),
    'projectIds[]': m.projects.map((p) => p.project.id),
  }
  m.parties.forEach((party, i) =>
    Object.assign(
      values,
      partyValues(i, party, {
        signatoryName: party.signatoryName,
        signatoryTitle: party.signatoryTitle,
        signedDate: partialDateInput(party.signedDate, party.signedPrecision),
      }),
    ),
  )
  return values
}
