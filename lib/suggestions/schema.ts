import { z } from 'zod'
import { optionalEmail, optionalText, requiredText } from '@/lib/forms/fields'

/** The public records a reader may suggest a correction to, as their public pages name them. */
export const suggestionTargets = ['case-study', 'partnership', 'project', 'organization', 'place'] as const
export type SuggestionTarget = (typeof suggestionTargets)[number]

/** Bound by the page: which record (a slug, a project id or a place code). */
export const SuggestionTargetArg = z.enum(suggestionTargets)
export const SuggestionKeyArg = z.string().regex(/^[A-Za-z0-9-]{1,160}$/)

export const MESSAGE_MAX = 2000

/**
 * A reader's suggestion. `website` is a field people never see (hidden from view and from screen
 * readers): a form that fills it in is a robot's, and is thanked and ignored.
 */
export const SuggestionInput = z.object({
  message: requiredText(MESSAGE_MAX, { multiline: true }),
  contactEmail: optionalEmail(),
  website: optionalText(300),
})
export type SuggestionInput = z.infer<typeof SuggestionInput>
