import { getTranslations } from 'next-intl/server'
import { DeskTodo } from '@/components/manage/desk-todo'
import {
  buttonClass,
  Empty,
  linkClass,
  PageHeader,
  secondaryButtonClass,
  Section,
  StatusBadge,
} from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords, roleNames } from '@/lib/auth/roles'
import { formatDateTime } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { getDashboard } from '@/lib/manage/dashboard'
import { SuggestionList } from '@/components/suggestions/suggestion-list'
import { listSuggestionsForActor } from '@/lib/suggestions/queries'

export const generateMetadata = messageTitle('manage', 'dashboard.title')

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage')
  const [t, te, ti, data, suggestions] = await Promise.all([
    getTranslations('manage'),
    getTranslations('enums'),
    getTranslations('import'),
    getDashboard(actor),
    listSuggestionsForActor(actor),
  ])
  const roles = roleNames(actor)

  return (
    <div className="space-y-6">
      <PageHeader
        title={t('dashboard.title')}
        lead={roles.map((r) => t(`dashboard.roleLead.${r}`)).join(' ')}
        actions={
          canCreateRecords(actor) && (
            <>
              <Link href="/manage/import" className={secondaryButtonClass}>
                {ti('homeLink')}
              </Link>
              <Link href="/manage/partnerships/new" className={buttonClass}>
                {t('partnerships.new')}
              </Link>
            </>
          )
        }
      />

      <DeskTodo toConfirm={data.toConfirm} expiring={data.expiring} disputes={data.disputes} locale={locale} />

      {actor.memberships.length > 0 && (
        <SuggestionList items={suggestions} locale={locale} manyOrganizations={actor.memberships.length > 1} />
      )}

      {data.admin && (
        <Section title={t('dashboard.adminTitle')} id="admin">
          <p className="text-stone-700">
            {t('dashboard.adminCounts', { users: data.admin.users, invitations: data.admin.invitations })}{' '}
            <Link href="/manage/users" className={linkClass}>
              {t('nav.users')}
            </Link>
          </p>
        </Section>
      )}

      {canCreateRecords(actor) && (
        <p className="text-sm">
          <Link href="/manage/translations" className={linkClass}>
            {t('translations.title')}
          </Link>
        </p>
      )}

      <Section title={t('dashboard.organizationsTitle')} id="organizations">
        {actor.memberships.length === 0 ? (
          <Empty>{actor.isAdmin ? t('dashboard.noMembershipsAdmin') : t('dashboard.noMemberships')}</Empty>
        ) : (
          <ul className="divide-y divide-stone-100">
            {actor.memberships.map((m) => (
              <li key={m.organizationId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="font-medium text-stone-900">
                  <LocalizedText value={m.organization.name} locale={locale} />
                </span>
                <span className="text-sm text-stone-600">{enumLabel(te, 'membershipRole', m.role)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('dashboard.draftsTitle')} id="drafts">
        <p className="text-stone-700">{t('dashboard.draftCounts', data.drafts)}</p>
        {data.draftProjects.length > 0 && (
          <ul className="mt-2 space-y-1 text-sm">
            {data.draftProjects.map((pr) => (
              <li key={pr.id}>
                <Link href={`/manage/projects/${pr.id}`} className={linkClass}>
                  <LocalizedText value={pr.title} locale={locale} sourceLocale={pr.sourceLocale} />
                </Link>
                {pr.partnership && (
                  <span className="text-stone-500">
                    {' · '}
                    <LocalizedText value={pr.partnership.title} locale={locale} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('dashboard.partnershipsTitle')} id="partnerships">
        {data.partnerships.length === 0 ? (
          <Empty>{t('dashboard.noPartnerships')}</Empty>
        ) : (
          <ul className="divide-y divide-stone-100">
            {data.partnerships.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-partnership={p.id}>
                <Link href={`/manage/partnerships/${p.id}`} className={`min-w-0 ${linkClass}`}>
                  <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />
                </Link>
                <span className="flex items-center gap-3 text-sm text-stone-600">
                  {t('dashboard.projectCount', { count: p._count.projects })}
                  <StatusBadge status={p.publicationStatus} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('dashboard.activityTitle')} id="activity">
        {data.activity.length === 0 ? (
          <Empty>{t('dashboard.noActivity')}</Empty>
        ) : (
          <ul className="space-y-1 text-sm text-stone-700">
            {data.activity.map((a) => (
              <li key={a.id}>
                <time dateTime={a.at.toISOString()} className="text-stone-500 tabular-nums">
                  {formatDateTime(a.at, locale)}
                </time>{' '}
                {t('dashboard.activityLine', { action: a.action, entity: a.entity })}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  )
}
