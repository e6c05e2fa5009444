import { z } from 'zod'
import { CaseStudySectionKind, TranslationStatus } from '@/lib/generated/prisma/enums'
import { choice, localized, optionalChoice, optionalId, sourceLocale } from '@/lib/forms/fields'
import { createOwnedInput, updateInput } from '@/lib/forms/record-input'
import { locales } from '@/lib/i18n/locales'

export const sectionKinds = Object.values(CaseStudySectionKind) as [CaseStudySectionKind, ...CaseStudySectionKind[]]
/** The statuses of TextTranslation (ADR 013), which the sections keep in their own column. */
export const translationStatuses = Object.values(TranslationStatus) as [TranslationStatus, ...TranslationStatus[]]
export type { TranslationStatus }

const status = optionalChoice(translationStatuses)

/** One section of a case study: its text in each language, and how far each translation has come. */
export const SectionInput = z.object({
  kind: choice(sectionKinds),
  body: localized({ required: true, max: 20000, multiline: true }),
  status: z.preprocess((v) => v ?? {}, z.object({ ky: status, ru: status, en: status })),
})

export const CaseStudyFields = z.object({
  title: localized({ required: true, max: 300 }),
  sourceLocale: sourceLocale(),
  organizationId: optionalId(),
  partnershipId: optionalId(),
  sections: z.preprocess((v) => v ?? [], z.array(SectionInput).min(1, { error: 'required' }).max(40)),
})
type Fields = z.infer<typeof CaseStudyFields>

function crossChecks(v: Partial<Fields>, ctx: z.RefinementCtx) {
  ;(Array.isArray(v.sections) ? v.sections : []).forEach((s, i) => {
    for (const l of locales) {
      // A status says something about a text; without the text it is a mistake.
      if (s?.status?.[l] && !(s.body && typeof s.body === 'object' && (s.body as Record<string, string>)[l]))
        ctx.addIssue({ code: 'custom', message: 'invalid', path: ['sections', i, 'status', l] })
    }
  })
}

export const CreateCaseStudyInput = createOwnedInput(CaseStudyFields, crossChecks)
export type CreateCaseStudyInput = z.infer<typeof CreateCaseStudyInput>
export const UpdateCaseStudyInput = updateInput(CaseStudyFields, crossChecks)
export type UpdateCaseStudyInput = z.infer<typeof UpdateCaseStudyInput>

/** Each language with text gets a status: as given, else ORIGINAL for the source language and DRAFT for the others. */
export function statusesOf(
  body: Partial<Record<(typeof locales)[number], string>>,
  given: Partial<Record<string, TranslationStatus | undefined>>,
  source: string,
) {
  return Object.fromEntries(
    locales.flatMap((l) => (body[l] ? [[l, given[l] ?? (l === source ? 'ORIGINAL' : 'DRAFT')]] : [])),
  )
}
