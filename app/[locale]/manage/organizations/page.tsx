import { getTranslations } from 'next-intl/server'
import { buttonClass, Empty, linkClass, PageHeader, Section, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { enumLabel } from '@/lib/i18n/enums'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listManagedOrganizations } from '@/lib/organizations/manage-queries'

export const generateMetadata = messageTitle('manage', 'organizations.title')

export default async function OrganizationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/organizations')
  const [t, te, rows] = await Promise.all([
    getTranslations('manage'),
    getTranslations('enums'),
    listManagedOrganizations(actor),
  ])
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('organizations.title')}
        lead={actor.isAdmin ? t('organizations.leadAdmin') : t('organizations.lead')}
        actions={
          canCreateRecords(actor) && (
            <Link href="/manage/organizations/new" className={buttonClass}>
              {t('organizations.new')}
            </Link>
          )
        }
      />
      <Section title={t('organizations.listTitle')} id="list">
        {rows.length === 0 ? (
          <Empty>{t('organizations.none')}</Empty>
        ) : (
          <ul className="divide-y divide-stone-100">
            {rows.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/manage/organizations/${o.id}`} className={linkClass}>
                  <LocalizedText value={o.name} locale={locale} sourceLocale={o.sourceLocale} />
                </Link>
                <span className="flex items-center gap-3 text-sm text-stone-600">
                  {enumLabel(te, 'organizationKind', o.kind)}
                  <StatusBadge status={o.publicationStatus} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  )
}
