import { getTranslations } from 'next-intl/server'
import { Empty, linkClass, PageHeader, Section, secondaryButtonClass } from '@/components/manage/ui'
import { DataTable } from '@/components/ui/data-table'
import { LocalizedText } from '@/components/ui/localized-text'
import { auditActions, auditEntities, parseAuditFilters, type AuditFilters } from '@/lib/audit-trail/filters'
import { listAuditEvents, listAuditOrganizations } from '@/lib/audit-trail/queries'
import { requireAdmin } from '@/lib/auth/actor'
import { formatDateTime } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = messageTitle('manage.audit', 'title')

const inputClass = 'mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm'
const roleKeys = new Set(['admin', 'editor', 'official', 'viewer', 'user', 'system', 'seed'])
/** Written by the seed or the command line, not by a signed-in person. */
const bySystem = (role: string | null) => role === 'system' || role === 'seed'

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const actor = await requireAdmin('/manage/audit')
  const filters = parseAuditFilters(await searchParams)
  const [t, te, { rows, total, pageSize }, organizations] = await Promise.all([
    getTranslations('manage.audit'),
    getTranslations('enums'),
    listAuditEvents(actor, filters),
    listAuditOrganizations(actor),
  ])
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const name = (v: unknown) => pickLocalized(v, locale)?.text ?? ''
  const orgOptions = [...organizations].sort((a, b) => name(a.name).localeCompare(name(b.name), locale))
  const entityNames = Object.keys(auditEntities) as (keyof typeof auditEntities)[]
  const hrefFor = (page: number) => ({ pathname: '/manage/audit', query: queryOf({ ...filters, page }) })

  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} lead={t('lead')} />
      <Section title={t('filters')} id="audit-filters">
        <form method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-labelledby="audit-filters">
          <label className="text-sm font-medium text-stone-700">
            {t('organization')}
            <select name="organization" defaultValue={filters.organization ?? ''} className={inputClass}>
              <option value="">{t('any')}</option>
              {orgOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {name(o.name)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-stone-700">
            {t('entity')}
            <select name="entity" defaultValue={filters.entity ?? ''} className={inputClass}>
              <option value="">{t('any')}</option>
              {entityNames.map((e) => (
                <option key={e} value={e}>
                  {t(`entities.${e}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-stone-700">
            {t('action')}
            <select name="action" defaultValue={filters.action ?? ''} className={inputClass}>
              <option value="">{t('any')}</option>
              {auditActions.map((a) => (
                <option key={a} value={a}>
                  {enumLabel(te, 'auditAction', a)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-stone-700">
            {t('from')}
            <input type="date" name="from" defaultValue={filters.from ?? ''} className={inputClass} />
          </label>
          <label className="text-sm font-medium text-stone-700">
            {t('to')}
            <input type="date" name="to" defaultValue={filters.to ?? ''} className={inputClass} />
          </label>
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              {t('show')}
            </button>
            <Link href="/manage/audit" className={linkClass}>
              {t('clear')}
            </Link>
          </div>
        </form>
      </Section>

      <Section title={t('results', { count: total })} id="audit-results">
        {rows.length === 0 ? (
          <Empty>{t('empty')}</Empty>
        ) : (
          <div className="overflow-x-auto">
            <DataTable
              look="ruled"
              data-audit-table
              columns={[
                { label: t('when') },
                { label: t('who') },
                { label: t('asRole') },
                { label: t('record') },
                { label: t('action') },
                { label: t('changes') },
              ]}
            >
              <tbody className="divide-y divide-stone-100 align-top">
                {rows.map((r) => {
                  const manageHref = auditEntities[r.entity as keyof typeof auditEntities]?.(r.entityId)
                  const entityLabel = r.entity in auditEntities ? t(`entities.${r.entity as 'Organization'}`) : r.entity
                  return (
                    <tr key={r.id} data-audit-row>
                      <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(r.at, locale)}</td>
                      <td className="min-w-32 py-2 pr-3 [overflow-wrap:anywhere]">
                        {r.who ?? (bySystem(r.role) ? t('system') : t('deletedUser'))}
                      </td>
                      <td className="py-2 pr-3">
                        {r.organization ? (
                          <LocalizedText value={r.organization.name} locale={locale} />
                        ) : bySystem(r.role) ? null : (
                          <span className="text-stone-500">{t('noOrganization')}</span>
                        )}
                        {r.role && (
                          <span className="text-stone-600">
                            {r.organization || !bySystem(r.role) ? ' · ' : ''}
                            {roleKeys.has(r.role) ? t(`roles.${r.role as 'admin'}`) : r.role}
                          </span>
                        )}
                      </td>
                      <td className="py-2 pr-3">
                        {entityLabel}{' '}
                        {manageHref ? (
                          <Link href={manageHref} className={`${linkClass} font-mono text-xs`}>
                            {r.entityId}
                          </Link>
                        ) : (
                          <span className="font-mono text-xs text-stone-600">{r.entityId}</span>
                        )}
                      </td>
                      <td className="py-2 pr-3">{enumLabel(te, 'auditAction', r.action)}</td>
                      <td className="py-2 font-mono text-xs text-stone-700">{r.changedFields.join(', ')}</td>
                    </tr>
                  )
                })}
              </tbody>
            </DataTable>
          </div>
        )}
        {pages > 1 && (
          <nav aria-label={t('pager')} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
            {filters.page > 1 ? (
              <Link href={hrefFor(filters.page - 1)} className={secondaryButtonClass} rel="prev">
                ← {t('previous')}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-stone-600">{t('page', { page: filters.page, pages })}</span>
            {filters.page < pages ? (
              <Link href={hrefFor(filters.page + 1)} className={secondaryButtonClass} rel="next">
                {t('next')} →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </Section>
    </div>
  )
}

/** The filters as a query string object, without empty ones (page 1 is the default). */
function queryOf(f: AuditFilters): Record<string, string> {
  const q: Record<string, string> = {}
  for (const [k, v] of Object.entries(f)) if (v !== undefined && !(k === 'page' && v === 1)) q[k] = String(v)
  return q
}
