import { PartnershipPreview } from '@/components/partnerships/public-preview'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
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
  const [t, preview] = await Promise.all([getTranslations('manage'), getPartnershipPreview(id)])
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
      <PartnershipPreview preview={preview} locale={locale} />
    </div>
  )
}
