import { z } from 'zod'
import { datesInOrder, id, localized, optionalPartialDate, sourceLocale } from '@/lib/forms/fields'
import { createInput, updateInput } from '@/lib/forms/record-input'

/** A project as its form sends it. Its partnership comes from the page (and is re-checked), never from here. */
export const ProjectFields = z.object({
  title: localized({ required: true, max: 300 }),
  description: localized({ max: 8000, multiline: true }),
  sourceLocale: sourceLocale(),
  startDate: optionalPartialDate(),
  endDate: optionalPartialDate(),
  territoryIds: z.preprocess((v) => v ?? [], z.array(id()).max(100)),
})

function crossChecks(v: Partial<z.infer<typeof ProjectFields>>, ctx: z.RefinementCtx) {
  if (!datesInOrder(v.startDate, v.endDate)) ctx.addIssue({ code: 'custom', message: 'dateOrder', path: ['endDate'] })
}

export const CreateProjectInput = createInput(ProjectFields, crossChecks)
export type CreateProjectInput = z.infer<typeof CreateProjectInput>
export const UpdateProjectInput = updateInput(ProjectFields, crossChecks)
export type UpdateProjectInput = z.infer<typeof UpdateProjectInput>
