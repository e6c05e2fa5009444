import { getTranslations } from 'next-intl/server'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { getUnreviewedTranslations } from '@/lib/public/translations'

/**
 * Tells the reader when the texts they read (or, for `subject="name"`, the place's name) were translated
 * and not reviewed, with the translation's status: never shown as the organization's own words or as an
 * official name. Nothing when every text is original or reviewed.
 */
export async function TranslationNotice({
  entityIds,
  locale,
  subject = 'texts',
}: {
  entityIds: string[]
  locale: Locale
  subject?: 'texts' | 'name'
}) {
  const found = await getUnreviewedTranslations([...new Set(entityIds)].sort().join(','), locale)
  if (!found.length) return null
  const t = await getTranslations({ locale, namespace: 'translationNotice' })
  const te = await getTranslations({ locale, namespace: 'enums' })
  const statuses = found.map((f) => enumLabel(te, 'translationStatus', f.status)).join('; ')
  return (
    <p
      role="note"
      className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      data-translation-status={found.map((f) => f.status).join(' ')}
    >
      {t(subject, { statuses })}
    </p>
  )
}
