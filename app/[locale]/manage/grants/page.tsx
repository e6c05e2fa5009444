import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { buttonClass, Empty, linkClass, PageHeader, Section, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { formatMoney } from '@/lib/format'
import { listManagedGrants } from '@/lib/grants/manage-queries'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('grants.title') }
}

export default async function GrantsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/grants')
  const [t, rows, query] = await Promise.all([getTranslations('manage'), listManagedGrants(actor), searchParams])
  return (
    <div className="space-y-6">
      {query.deleted === '1' && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t('form.deleted')}
        </p>
      )}
      <PageHeader
        title={t('grants.title')}
        lead={t('grants.lead')}
        actions={
          canCreateRecords(actor) && (
            <Link href="/manage/grants/new" className={buttonClass}>
              {t('grants.new')}
            </Link>
          )
        }
      />
      <Section title={t('grants.listTitle')} id="list">
        {rows.length === 0 ? (
          <Empty>{t('grants.none')}</Empty>
        ) : (
          <ul className="divide-y divide-stone-100">
            {rows.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <Link href={`/manage/grants/${g.id}`} className={linkClass}>
                    {g.title ? <LocalizedText value={g.title} locale={locale} /> : t('contributions.untitledGrant')}
                  </Link>
                  <span className="block text-xs text-stone-500">
                    <LocalizedText value={g.funder.name} locale={locale} /> → <LocalizedText value={g.recipient.name} locale={locale} />
                  </span>
                </span>
                <span className="flex items-center gap-3 text-sm tabular-nums text-stone-700">
                  {g.amountMinor !== null && g.currency && formatMoney(g.amountMinor, g.currency, locale)}
                  {g.amountWithheld && <span className="rounded bg-stone-800 px-1.5 text-xs font-semibold text-white">{t('contributions.withheldBadge')}</span>}
                  <StatusBadge status={g.publicationStatus} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  )
}
