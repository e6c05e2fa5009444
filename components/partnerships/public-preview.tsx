import { getTranslations } from 'next-intl/server'
import { PartnershipBody } from '@/components/records/partnership-body'
import { RecordHeader } from '@/components/records/record-header'
import { LocalizedText } from '@/components/ui/localized-text'
import type { Locale } from '@/lib/i18n/locales'
import type { PublicPartnership } from '@/lib/public/partnerships'

/**
 * A partnership as the public will see it once published, framed so that nobody takes it for the public
 * page: the public DTO and the public page's own parts, links to its projects left out.
 */
export async function PartnershipPreview({
  preview,
  locale,
  lead,
}: {
  preview: PublicPartnership
  locale: Locale
  lead?: React.ReactNode
}) {
  const t = await getTranslations('record')
  return (
    <div className="rounded-lg border-2 border-dashed border-stone-300 bg-stone-50 p-4 sm:p-6">
      {lead ? <p className="mb-4 text-sm text-stone-600">{lead}</p> : null}
      <article className="space-y-8">
        <RecordHeader
          kicker={t('partnership')}
          title={preview.title}
          sourceLocale={preview.sourceLocale}
          locale={locale}
        >
          {preview.summary ? (
            <p className="max-w-3xl text-lg text-stone-700">
              <LocalizedText value={preview.summary} locale={locale} sourceLocale={preview.sourceLocale} />
            </p>
          ) : null}
        </RecordHeader>
        <PartnershipBody p={preview} locale={locale} linkProjects={false} />
      </article>
    </div>
  )
}
