import { z } from 'zod'
import {
  checkbox,
  datesInOrder,
  localized,
  optionalAmount,
  optionalCurrency,
  optionalId,
  optionalPartialDate,
  requiredId,
} from '@/lib/forms/fields'
import { createOwnedInput, updateInput } from '@/lib/forms/record-input'

/**
 * A grant: money from a funder to a CSO or LSG, for a project and/or a programme. With "count in the
 * project's cost-share" it also appears once in that project's ledger (one line, linked both ways).
 */
export const GrantFields = z.object({
  title: localized({ max: 300 }),
  funderId: requiredId(),
  recipientId: requiredId(),
  projectId: optionalId(),
  programmeId: optionalId(),
  amount: optionalAmount(),
  currency: optionalCurrency(),
  valueDate: optionalPartialDate(),
  amountWithheld: checkbox(),
  startDate: optionalPartialDate(),
  endDate: optionalPartialDate(),
  countInCostShare: checkbox(),
})
type Fields = z.infer<typeof GrantFields>

function crossChecks(v: Partial<Fields>, ctx: z.RefinementCtx) {
  const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] })
  if (typeof v.amount === 'bigint' && !v.currency) add('currency', 'amountNeedsCurrency')
  if (v.amount === undefined && v.currency) add('amount', 'required')
  if (!datesInOrder(v.startDate, v.endDate)) add('endDate', 'dateOrder')
  if (typeof v.funderId === 'string' && v.funderId === v.recipientId) add('recipientId', 'invalid')
  if (v.countInCostShare && !v.projectId) add('projectId', 'required')
  if (v.countInCostShare && v.amount === undefined) add('amount', 'required')
}

export const CreateGrantInput = createOwnedInput(GrantFields, crossChecks)
export type CreateGrantInput = z.infer<typeof CreateGrantInput>
export const UpdateGrantInput = updateInput(GrantFields, crossChecks)
export type UpdateGrantInput = z.infer<typeof UpdateGrantInput>
