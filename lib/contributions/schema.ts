import { z } from 'zod'
import { ContributionKind, ContributionNature, ValuationBasis } from '@/lib/generated/prisma/enums'
import {
  checkbox,
  choice,
  localized,
  optionalAmount,
  optionalChoice,
  optionalCurrency,
  optionalDecimalText,
  optionalId,
  optionalPartialDate,
  optionalPercent,
  optionalText,
} from '@/lib/forms/fields'
import { createInput, updateInput } from '@/lib/forms/record-input'
import { partyTypes } from '@/lib/organizations/kinds'
import { quantityUnits, valuedAmount } from './valuation'

export const contributionKinds = Object.values(ContributionKind) as [ContributionKind, ...ContributionKind[]]
export const valuationBases = Object.values(ValuationBasis) as [ValuationBasis, ...ValuationBasis[]]
/** What a line is: a cost share, or a tax or condition that is never one (schema: ContributionNature). */
export const contributionNatures = ['COST_SHARE', 'TAX', 'CONDITION'] as const satisfies readonly ContributionNature[]
/** Forms a party can take in the form (groups of organizations stay an import-only shape for now). */
export const partyForms = ['ORGANIZATION', 'COMMUNITY', 'NAMED'] as const

/** Kinds that are not money: an amount on them is a valuation and needs its basis. */
export const IN_KIND: readonly ContributionKind[] = [
  'LABOUR',
  'PREMISES',
  'LAND',
  'MATERIALS',
  'EQUIPMENT',
  'EXPERTISE',
  'IN_KIND_UNSPECIFIED',
]

/**
 * One line of the cost-share ledger. A line carries an amount (with currency; the value date is
 * derived from the project when not given), a share of the project's cost, or only a description.
 * A grant is entered here once: either "this is a grant" (a Grant row is made and linked) or linked
 * to a grant already recorded for the project.
 */
export const ContributionFields = z.object({
  partyForm: choice(partyForms),
  partyOrganizationId: optionalId(),
  partyNameAsReported: optionalText(300),
  partyType: optionalChoice(partyTypes),
  kind: choice(contributionKinds),
  /** Not given: a cost share. */
  nature: optionalChoice(contributionNatures),
  amount: optionalAmount(),
  currency: optionalCurrency(),
  valueDate: optionalPartialDate(),
  shareMin: optionalPercent(),
  shareMax: optionalPercent(),
  isPledge: checkbox(),
  amountWithheld: checkbox(),
  valuationBasis: optionalChoice(valuationBases),
  /** In-kind lines: how much (in `quantityUnit`) and what one unit is worth (in `currency`). */
  quantity: optionalDecimalText({ min: 0.0001, max: 99_999_999_999_999 }),
  quantityUnit: optionalChoice(quantityUnits),
  unitValue: optionalAmount(),
  valuationNote: localized({ max: 1000 }),
  isGrant: checkbox(),
  grantId: optionalId(),
  grantRecipientId: optionalId(),
  grantTitle: localized({ max: 300 }),
  note: localized({ max: 2000, multiline: true }),
})
type Fields = z.infer<typeof ContributionFields>

function crossChecks(v: Partial<Fields>, ctx: z.RefinementCtx) {
  const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] })
  if (v.partyForm === 'ORGANIZATION' && !v.partyOrganizationId) add('partyOrganizationId', 'required')
  if (v.partyForm && v.partyForm !== 'ORGANIZATION' && !v.partyNameAsReported) add('partyNameAsReported', 'required')
  // A community is counted as a community; only a party known by name alone says what it is.
  if (v.partyForm === 'NAMED' && !v.partyType) add('partyType', 'required')
  // Not money: quantity × value per unit is the amount (the server computes it again, mutations.ts).
  const inKind = v.kind !== undefined && v.kind !== 'CASH'
  const valued = inKind ? valuedAmount(v.quantity, v.unitValue) : null
  if (inKind && v.unitValue !== undefined && v.quantity === undefined) add('quantity', 'required')
  if (inKind && v.quantity !== undefined && !v.quantityUnit) add('quantityUnit', 'required')
  if (valued === 'tooLarge') add('unitValue', 'amountTooLarge')
  if (typeof valued === 'bigint' && typeof v.amount === 'bigint' && v.amount !== valued)
    add('amount', 'amountDisagreesWithValuation')
  const hasAmount = typeof v.amount === 'bigint' || typeof valued === 'bigint'
  // An amount that failed its own check is still "given" (blank is undefined): do not also call it missing.
  // So is a value per unit: its quantity is what is missing then.
  const amountGiven = v.amount !== undefined || valued !== null || (inKind && v.unitValue !== undefined)
  const quantityOnly = inKind && v.quantity !== undefined && !amountGiven
  if (hasAmount && !v.currency) add('currency', 'amountNeedsCurrency')
  if (!amountGiven && v.currency && !v.grantId && !quantityOnly) add('amount', 'required')
  if (typeof v.shareMin === 'string' && typeof v.shareMax === 'string' && Number(v.shareMin) > Number(v.shareMax))
    add('shareMax', 'shareOrder')
  if (hasAmount && v.kind && IN_KIND.includes(v.kind) && !v.valuationBasis) add('valuationBasis', 'valuationRequired')
  const hasNote = typeof v.note === 'object' && v.note !== null && Object.keys(v.note).length > 0
  if (!amountGiven && !v.shareMin && !v.grantId && !hasNote && !quantityOnly) add('amount', 'amountOrShare')
  if (v.isGrant && v.grantId) add('grantId', 'invalid')
  if ((v.isGrant || v.grantId) && v.partyForm !== 'ORGANIZATION') add('partyOrganizationId', 'grantNeedsOrganization')
  if (v.isGrant && !amountGiven) add('amount', 'required')
  if (v.isGrant && !v.grantRecipientId) add('grantRecipientId', 'required')
}

export const CreateContributionInput = createInput(ContributionFields, crossChecks)
export type CreateContributionInput = z.infer<typeof CreateContributionInput>
export const UpdateContributionInput = updateInput(ContributionFields, crossChecks)
export type UpdateContributionInput = z.infer<typeof UpdateContributionInput>
