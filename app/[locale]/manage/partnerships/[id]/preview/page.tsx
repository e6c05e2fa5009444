import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { PartnershipBody } from '@/components/records/partnership-body'
import { RecordHeader } from '@/components/records/record-header'
import { LocalizedText } from '@/components/ui/localized-text'
import { linkClass } from '@/components/manage/ui'
import { requireActor } from '@/lib/auth/actor'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { getPartnershipForView } from '@/lib/partnerships/manage-queries'
import { getPartnershipPreview } from '@/lib/public/partnerships'

export const generateMetadata = messageTitle('manage', 'publishing.previewTitle')

/** What the public will see once the partnership and its contents are published: the public DTO and view, nothing else. */
export default async function PartnershipPreviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/partnerships/${id}/preview`)
  // Only its keepers preview a partnership: its drafts are theirs (ADR 008).
  if ((await getPartnershipForView(actor, id))?.view !== 'keeper') notFound()
  const [t, tr, preview] = await Promise.all([getTranslations('manage'), getTranslations(), getPartnershipPreview(id)])
  if (!preview) notFound()
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/manage/partnerships/${id}`} className={linkClass}>
          ← {t('publishing.backToRecord')}
        </Link>
      </p>
      <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t('publishing.previewNote')}
      </p>
      <div className="rounded-lg border-2 border-dashed border-stone-300 bg-stone-50 p-4 sm:p-6">
        <article className="space-y-8">
          <RecordHeader
            kicker={tr('record.partnership')}
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
    </div>
  )
}
