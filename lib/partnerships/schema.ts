import { z } from 'zod'
import { PartnershipStatus } from '@/lib/generated/prisma/enums'
import { checkbox, choice, datesInOrder, id, localized, optionalChoice, optionalId } from '@/lib/forms/fields'
import { optionalPartialDate, optionalText, sourceLocale } from '@/lib/forms/fields'
import { createOwnedInput, updateInput } from '@/lib/forms/record-input'
import { partyTypes } from '@/lib/organizations/kinds'
import { themes } from '@/lib/themes'

export const partnershipStatuses = Object.values(PartnershipStatus) as [PartnershipStatus, ...PartnershipStatus[]]

/**
 * One participant: an organization of the registry, or a party known only by name (a community, a
 * person) with its type. An organization's party type comes from its kind, not from the form.
 */
export const PartyInput = z
  .object({
    id: optionalId(),
    organizationId: optionalId(),
    nameAsReported: optionalText(300),
    partyType: optionalChoice(partyTypes),
    isLead: checkbox(),
    role: localized({ max: 300 }),
  })
  .superRefine((p, ctx) => {
    if (p.organizationId) return
    if (!p.nameAsReported) ctx.addIssue({ code: 'custom', message: 'partyNeedsOrganization', path: ['organizationId'] })
    else if (!p.partyType) ctx.addIssue({ code: 'custom', message: 'required', path: ['partyType'] })
  })
export type PartyInput = z.infer<typeof PartyInput>

export const PartnershipFields = z.object({
  title: localized({ required: true, max: 300 }),
  summary: localized({ max: 4000, multiline: true }),
  sourceLocale: sourceLocale(),
  status: choice(partnershipStatuses),
  startDate: optionalPartialDate(),
  endDate: optionalPartialDate(),
  themes: z.preprocess((v) => v ?? [], z.array(choice(themes)).max(themes.length)),
  internalNote: optionalText(4000, { multiline: true }),
  parties: z.preprocess((v) => v ?? [], z.array(PartyInput).max(40)),
  territoryIds: z.preprocess((v) => v ?? [], z.array(id()).max(100)),
})

/** Rules across fields, shared by create and update; they run even when a field failed (see `always`). */
function crossChecks(v: Partial<z.infer<typeof PartnershipFields>>, ctx: z.RefinementCtx) {
  if (!datesInOrder(v.startDate, v.endDate)) ctx.addIssue({ code: 'custom', message: 'dateOrder', path: ['endDate'] })
  const parties = Array.isArray(v.parties) ? v.parties : []
  const seen = new Set<string>()
  parties.forEach((p, i) => {
    const org = typeof p?.organizationId === 'string' ? p.organizationId : null
    if (!org) return
    if (seen.has(org))
      ctx.addIssue({ code: 'custom', message: 'duplicateParty', path: ['parties', i, 'organizationId'] })
    seen.add(org)
  })
  if (Array.isArray(v.parties) && parties.length === 0)
    ctx.addIssue({ code: 'custom', message: 'partiesNeedCsoAndGovernment', path: ['parties'] })
}

export const CreatePartnershipInput = createOwnedInput(PartnershipFields, crossChecks)
export type CreatePartnershipInput = z.infer<typeof CreatePartnershipInput>

export const UpdatePartnershipInput = updateInput(PartnershipFields, crossChecks)
export type UpdatePartnershipInput = z.infer<typeof UpdatePartnershipInput>
