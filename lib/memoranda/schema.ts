import { z } from 'zod'
import { AgreementKind, AgreementStatus } from '@/lib/generated/prisma/enums'
import { always, choice, datesInOrder, id, localized, optionalChoice, optionalId } from '@/lib/forms/fields'
import { optionalPartialDate, optionalText, partialDate, sourceLocale, submissionKey } from '@/lib/forms/fields'
import { version } from '@/lib/forms/fields'
import { createOwnedInput, updateInput } from '@/lib/forms/record-input'
import { partyTypes } from '@/lib/organizations/kinds'

export const agreementKinds = Object.values(AgreementKind) as [AgreementKind, ...AgreementKind[]]
export const agreementStatuses = Object.values(AgreementStatus)

/**
 * The statuses a form may set. A memorandum is terminated (with a date and a reason) and superseded
 * (by its renewal) through their own steps; "expiring" and "expired" are never stored, they are read
 * off the expiry date (lib/memoranda/status.ts).
 */
export const formStatuses = ['DRAFT', 'ACTIVE', 'SUSPENDED', 'UNKNOWN'] as const

/** One party: an organization of the registry (or a party known only by name) and who signed for it. */
export const MemorandumPartyInput = z
  .object({
    id: optionalId(),
    organizationId: optionalId(),
    nameAsReported: optionalText(300),
    partyType: optionalChoice(partyTypes),
    signatoryName: optionalText(200),
    signatoryTitle: optionalText(200),
    signedDate: optionalPartialDate(),
  })
  .superRefine((p, ctx) => {
    if (p.organizationId) return
    if (!p.nameAsReported) ctx.addIssue({ code: 'custom', message: 'partyNeedsOrganization', path: ['organizationId'] })
    else if (!p.partyType) ctx.addIssue({ code: 'custom', message: 'required', path: ['partyType'] })
  })
export type MemorandumPartyInput = z.infer<typeof MemorandumPartyInput>

export const MemorandumFields = z.object({
  kind: choice(agreementKinds),
  subject: localized({ required: true, max: 2000, multiline: true }),
  sourceLocale: sourceLocale(),
  status: choice(formStatuses),
  signedDate: optionalPartialDate(),
  effectiveDate: optionalPartialDate(),
  expiryDate: optionalPartialDate(),
  documentRef: optionalText(300),
  partnershipId: optionalId(),
  projectIds: z.preprocess((v) => v ?? [], z.array(id()).max(100)),
  parties: z.preprocess((v) => v ?? [], z.array(MemorandumPartyInput).max(20)),
})
type Fields = z.infer<typeof MemorandumFields>

/** Rules across fields, shared by create and update; they run even when a field failed (see `always`). */
function crossChecks(v: Partial<Fields>, ctx: z.RefinementCtx) {
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, path })
  if (!datesInOrder(v.signedDate, v.expiryDate)) add(['expiryDate'], 'expiryBeforeSigning')
  else if (!datesInOrder(v.effectiveDate, v.expiryDate)) add(['expiryDate'], 'dateOrder')
  const parties = Array.isArray(v.parties) ? v.parties : []
  if (Array.isArray(v.parties) && parties.length < 2) add(['parties'], 'memorandumNeedsTwoParties')
  const seen = new Set<string>()
  parties.forEach((p, i) => {
    const org = typeof p?.organizationId === 'string' ? p.organizationId : null
    if (org && seen.has(org)) add(['parties', i, 'organizationId'], 'duplicateParty')
    if (org) seen.add(org)
  })
}

export const CreateMemorandumInput = createOwnedInput(MemorandumFields, crossChecks)
export type CreateMemorandumInput = z.infer<typeof CreateMemorandumInput>

/** An edit may leave the status out: a terminated or superseded memorandum keeps its own. */
export const UpdateMemorandumInput = updateInput(
  MemorandumFields.extend({ status: optionalChoice(formStatuses) }),
  crossChecks,
)
export type UpdateMemorandumInput = z.infer<typeof UpdateMemorandumInput>

/** A numbered amendment: its date (never before the memorandum's signing or the previous amendment) and what it changes. */
export const AmendmentInput = z.object({
  date: partialDate(),
  summary: localized({ required: true, max: 2000, multiline: true }),
  version: version(),
  submissionKey: submissionKey(),
})
export type AmendmentInput = z.infer<typeof AmendmentInput>

/** A renewal: a new memorandum between the same parties that names the one it renews, with its own dates. */
export const RenewalInput = z
  .object({
    signedDate: optionalPartialDate(),
    effectiveDate: optionalPartialDate(),
    expiryDate: optionalPartialDate(),
    version: version(),
    submissionKey: submissionKey(),
  })
  .superRefine((v, ctx) => {
    if (!datesInOrder(v.signedDate, v.expiryDate))
      ctx.addIssue({ code: 'custom', message: 'expiryBeforeSigning', path: ['expiryDate'] })
    else if (!datesInOrder(v.effectiveDate, v.expiryDate))
      ctx.addIssue({ code: 'custom', message: 'dateOrder', path: ['expiryDate'] })
  }, always)
export type RenewalInput = z.infer<typeof RenewalInput>

/** Ending a memorandum before its time: when, and why (public on a published memorandum). */
export const TerminationInput = z.object({
  date: partialDate(),
  reason: localized({ required: true, max: 2000, multiline: true }),
  version: version(),
})
export type TerminationInput = z.infer<typeof TerminationInput>
