'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { getLocale, getTranslations } from 'next-intl/server'
import { actorAction, anonymousAction } from '@/lib/actions/actor-action'
import { RecordId } from '@/lib/actions/bound'
import { RateLimitedError } from '@/lib/errors'
import { isLocale } from '@/lib/i18n/locales'
import { mailConfigured, sendMail } from '@/lib/mail'
import { clientIp } from '@/lib/rate-limit/client-ip'
import { rateLimitConfig } from '@/lib/rate-limit/config'
import { limiter, take } from '@/lib/rate-limit/store'
import { markSuggestionHandled, suggestCorrection, suggestionRecipients } from './mutations'
import { SuggestionInput, SuggestionKeyArg, SuggestionTargetArg } from './schema'

/**
 * "Suggest a correction" on a public record: anyone may send one. It reaches only the organization
 * that keeps the record (stored for its dashboard, mailed to its people when SMTP is configured); the
 * answer says nothing about who that is or whether anyone was mailed.
 */
export const suggestCorrectionAction = anonymousAction({
  entity: 'CorrectionSuggestion',
  bind: [SuggestionTargetArg, SuggestionKeyArg],
  input: SuggestionInput,
  mutate: async ({ input }, target, key) => {
    // A few an hour from one address: enough for a reader, too few for a flood (0 turns it off).
    const { TRUSTED_PROXIES, RATE_LIMIT_SUGGESTIONS_PER_HOUR: perHour } = rateLimitConfig()
    if (perHour) {
      const wait = await take(
        await limiter('suggestions', { points: perHour, durationS: 3600 }),
        clientIp(await headers(), TRUSTED_PROXIES),
      )
      if (wait) throw new RateLimitedError(wait)
    }
    const locale = await getLocale()
    const saved = await suggestCorrection(target, key, input, isLocale(locale) ? locale : 'en')
    if (saved && mailConfigured()) {
      const t = await getTranslations('suggestions.mail')
      for (const to of await suggestionRecipients(saved.organizationId))
        await sendMail({ to, subject: t('subject'), text: t('body', { message: input.message }) })
    }
    return saved
  },
  revalidate: () => revalidatePath('/[locale]/manage', 'page'),
  onSuccess: async () => ({ status: 'saved', message: (await getTranslations('suggestions'))('thanks') }),
})

export const markSuggestionHandledAction = actorAction({
  entity: 'CorrectionSuggestion',
  bind: [RecordId],
  mutate: ({ actor }, id) => markSuggestionHandled(actor, id),
  revalidate: () => revalidatePath('/[locale]/manage', 'page'),
  onSuccess: () => '/manage#suggestions',
})
