import { z } from 'zod'
import { ProgrammeRole } from '@/lib/generated/prisma/enums'
import {
  checkbox,
  choice,
  datesInOrder,
  id,
  localized,
  optionalAmount,
  optionalCurrency,
  optionalPartialDate,
  requiredId,
  sourceLocale,
} from '@/lib/forms/fields'
import { createOwnedInput, updateInput } from '@/lib/forms/record-input'
import { themes } from '@/lib/themes'

export const programmeRoles = Object.values(ProgrammeRole) as [ProgrammeRole, ...ProgrammeRole[]]

/** A donor programme spanning many places: its donors, implementers and partners, budget and places. */
export const ProgrammeFields = z.object({
  title: localized({ required: true, max: 300 }),
  description: localized({ max: 8000, multiline: true }),
  sourceLocale: sourceLocale(),
  startDate: optionalPartialDate(),
  endDate: optionalPartialDate(),
  budget: optionalAmount(),
  budgetCurrency: optionalCurrency(),
  themes: z.preprocess((v) => v ?? [], z.array(choice(themes)).max(themes.length)),
  parties: z.preprocess(
    (v) => v ?? [],
    z.array(z.object({ organizationId: requiredId(), role: choice(programmeRoles) })).max(60),
  ),
  territoryIds: z.preprocess((v) => v ?? [], z.array(id()).max(500)),
  /** Across the country, naming no place: then it has no places (it is not attached to all 532). */
  national: checkbox(),
})
type Fields = z.infer<typeof ProgrammeFields>

function crossChecks(v: Partial<Fields>, ctx: z.RefinementCtx) {
  if (!datesInOrder(v.startDate, v.endDate)) ctx.addIssue({ code: 'custom', message: 'dateOrder', path: ['endDate'] })
  if (v.national && Array.isArray(v.territoryIds) && v.territoryIds.length)
    ctx.addIssue({ code: 'custom', message: 'nationalWithPlaces', path: ['territoryIds'] })
  if (typeof v.budget === 'bigint' && !v.budgetCurrency)
    ctx.addIssue({ code: 'custom', message: 'amountNeedsCurrency', path: ['budgetCurrency'] })
  const seen = new Set<string>()
  ;(Array.isArray(v.parties) ? v.parties : []).forEach((p, i) => {
    const key = `${p?.organizationId}:${p?.role}`
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', message: 'duplicateParty', path: ['parties', i, 'organizationId'] })
    seen.add(key)
  })
}

export const CreateProgrammeInput = createOwnedInput(ProgrammeFields, crossChecks)
export type CreateProgrammeInput = z.infer<typeof CreateProgrammeInput>
export const UpdateProgrammeInput = updateInput(ProgrammeFields, crossChecks)
export type UpdateProgrammeInput = z.infer<typeof UpdateProgrammeInput>
