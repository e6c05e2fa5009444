import { getTranslations } from 'next-intl/server'
import { DeletedBanner } from '@/components/manage/saved-banner'
import { buttonClass, Empty, PageHeader, Section } from '@/components/manage/ui'
import { Link } from '@/lib/i18n/navigation'

type Area = 'partnerships' | 'grants' | 'programmes' | 'caseStudies'

/**
 * The frame of a manage list: the "deleted" notice, the title with its "New" button (for those who may
 * create records), and the list or its empty text. Pages render the items.
 */
export async function RecordListPage({
  area,
  newHref,
  canCreate,
  deleted,
  emptyText,
  children,
}: {
  area: Area
  newHref: string
  canCreate: boolean
  deleted: boolean
  emptyText?: string
  children: React.ReactNode[]
}) {
  const t = await getTranslations('manage')
  return (
    <div className="space-y-6">
      <DeletedBanner query={{ deleted: deleted ? '1' : undefined }} />
      <PageHeader
        title={t(`${area}.title`)}
        lead={t(`${area}.lead`)}
        actions={
          canCreate && (
            <Link href={newHref} className={buttonClass}>
              {t(`${area}.new`)}
            </Link>
          )
        }
      />
      <Section title={t(`${area}.listTitle`)} id="list">
        {children.length === 0 ? (
          <Empty>
            {emptyText ??
              t(`${area === 'partnerships' ? 'dashboard.noPartnerships' : `${area}.none`}` as 'grants.none')}
          </Empty>
        ) : (
          <ul className="divide-y divide-stone-100">{children}</ul>
        )}
      </Section>
    </div>
  )
}
