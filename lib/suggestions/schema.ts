import { z } from 'zod'
import { optionalEmail, optionalText, requiredText } from '@/lib/forms/fields'
import { MESSAGE_MAX, suggestionTargets } from './targets'

export { MESSAGE_MAX, suggestionTargets, type SuggestionTarget } from './targets'

/** Bound by the page: which record (a slug, a project id or a place code). */
export const SuggestionTargetArg = z.enum(suggestionTargets)
export const SuggestionKeyArg = z.string().regex(/^[A-Za-z0-9-]{1,160}$/)

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
