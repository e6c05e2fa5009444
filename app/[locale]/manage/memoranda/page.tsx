import { getTranslations } from 'next-intl/server'
import { DeletedBanner } from '@/components/manage/saved-banner'
import { MemorandumStatus } from '@/components/memoranda/memorandum-status'
import { buttonClass, Empty, linkClass, PageHeader, Section, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listMyMemoranda } from '@/lib/memoranda/queries'
import { displayStatus } from '@/lib/memoranda/status'

export const generateMetadata = messageTitle('memoranda', 'title')

const groups = ['attention', 'inForce', 'drafts', 'other', 'ended'] as const
type Group = (typeof groups)[number]

/** Which list a memorandum belongs in: those needing a decision first, the ended ones last. */
function groupOf(kind: ReturnType<typeof displayStatus>['kind']): Group {
  if (kind === 'expiring' || kind === 'expired') return 'attention'
  if (kind === 'active' || kind === 'noEndDate') return 'inForce'
  if (kind === 'draft') return 'drafts'
  if (kind === 'terminated' || kind === 'superseded') return 'ended'
  return 'other'
}

export default async function MemorandaPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/memoranda')
  const [t, rows, query] = await Promise.all([getTranslations('memoranda'), listMyMemoranda(actor), searchParams])
  const byGroup = Object.fromEntries(groups.map((g) => [g, rows.filter((r) => groupOf(displayStatus(r).kind) === g)]))
  return (
    <div className="space-y-6">
      <DeletedBanner query={query} />
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={
          canCreateRecords(actor) && (
            <Link href="/manage/memoranda/new" className={buttonClass}>
              {t('new')}
            </Link>
          )
        }
      />
      {rows.length === 0 && <Empty>{t('none')}</Empty>}
      {groups.map((g) =>
        byGroup[g].length === 0 ? null : (
          <Section key={g} title={t(`groups.${g}`, { count: byGroup[g].length })} id={g}>
            <ul className="divide-y divide-stone-100">
              {byGroup[g].map((m) => (
                <li
                  key={m.id}
                  className="flex flex-wrap items-center justify-between gap-2 py-2"
                  data-memorandum={m.id}
                >
                  <span className="min-w-0">
                    <Link href={`/manage/memoranda/${m.id}`} className={linkClass}>
                      <LocalizedText value={m.subject} locale={locale} sourceLocale={m.sourceLocale} />
                    </Link>
                    <span className="block text-xs text-stone-500">
                      {m.parties.map((p, i) => (
                        <span key={i}>
                          {i > 0 && ' · '}
                          {p.organization ? (
                            <LocalizedText value={p.organization.name} locale={locale} />
                          ) : (
                            p.nameAsReported
                          )}
                        </span>
                      ))}
                    </span>
                  </span>
                  <span className="flex items-center gap-2">
                    <MemorandumStatus m={m} />
                    <StatusBadge status={m.publicationStatus} />
                  </span>
                </li>
              ))}
            </ul>
          </Section>
        ),
      )}
    </div>
  )
}
