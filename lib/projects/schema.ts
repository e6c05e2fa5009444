import { z } from 'zod'
import {
  always,
  datesInOrder,
  id,
  localized,
  optionalPartialDate,
  sourceLocale,
  submissionKey,
  version,
} from '@/lib/forms/fields'

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

export const CreateProjectInput = ProjectFields.extend({ submissionKey: submissionKey() }).superRefine(
  crossChecks,
  always,
)
export type CreateProjectInput = z.infer<typeof CreateProjectInput>
export const UpdateProjectInput = ProjectFields.extend({ version: version() }).superRefine(crossChecks, always)
export type UpdateProjectInput = z.infer<typeof UpdateProjectInput>
