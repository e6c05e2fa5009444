import { z } from 'zod'
import { choice, optionalText } from '@/lib/forms/fields'

export const confirmableEntities = ['Contribution', 'Outcome', 'Agreement'] as const

/** A body's answer: confirmed, or disputed with a comment for the other side. */
export const ConfirmationInput = z
  .object({ state: choice(['CONFIRMED', 'DISPUTED'] as const), comment: optionalText(2000, { multiline: true }) })
  .superRefine((v, ctx) => {
    if (v.state === 'DISPUTED' && !v.comment)
      ctx.addIssue({ code: 'custom', message: 'disputeNeedsComment', path: ['comment'] })
  })
export type ConfirmationInput = z.infer<typeof ConfirmationInput>
