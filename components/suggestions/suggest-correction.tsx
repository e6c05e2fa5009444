'use client'

import { useTranslations } from 'next-intl'
import { ActionForm } from '@/components/forms/action-form'
import { SubmitButton, TextArea, TextField } from '@/components/forms/fields'
import { suggestCorrectionAction } from '@/lib/suggestions/actions'
import { MESSAGE_MAX, type SuggestionTarget } from '@/lib/suggestions/targets'

/**
 * "Suggest a correction" under a public record: closed until asked for (a native disclosure, so it
 * opens without the page's script), the same for every reader, so the page stays cacheable. No schema
 * in the browser: the server checks the suggestion (lib/suggestions/schema.ts) and the form shows its
 * field errors, so zod stays out of the public pages' JavaScript.
 */
export function SuggestCorrection({ target, recordKey }: { target: SuggestionTarget; recordKey: string }) {
  const t = useTranslations('suggestions')
  return (
    <details className="rounded-lg border border-stone-200 bg-white px-4 py-3 print:hidden" data-suggest-correction>
      <summary className="cursor-pointer text-sm font-medium text-brand-800">{t('open')}</summary>
      <div className="mt-3 max-w-xl space-y-3">
        <p className="text-sm text-stone-600">{t('lead')}</p>
        <ActionForm
          action={suggestCorrectionAction.bind(null, target, recordKey)}
          className="space-y-3"
          aria-label={t('open')}
        >
          <TextArea
            name="message"
            label={t('message')}
            hint={t('messageHint', { max: MESSAGE_MAX })}
            rows={4}
            required
          />
          <TextField name="contactEmail" type="email" label={t('contactEmail')} hint={t('contactEmailHint')} />
          {/* For robots only: people neither see it nor reach it with the keyboard or a screen reader. */}
          <div aria-hidden className="absolute -left-[10000px] h-px w-px overflow-hidden">
            <label>
              Website
              <input name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
            </label>
          </div>
          <SubmitButton>{t('submit')}</SubmitButton>
        </ActionForm>
      </div>
    </details>
  )
}
