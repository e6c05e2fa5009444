import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { DeleteForm } from '@/components/manage/delete-form'
import { SavedBanner } from '@/components/manage/saved-banner'
import { buttonClass, DefinitionList, Empty, linkClass, PageHeader, Section, StatusBadge } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { formatPartialDate } from '@/lib/format'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { deleteProjectAction } from '@/lib/projects/actions'
import { getProjectForView } from '@/lib/projects/manage-queries'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('projects.title') }
}

export default async function ProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/projects/${id}`)
  const found = await getProjectForView(actor, id)
  if (!found) notFound()
  const { project: p, canEdit } = found
  const t = await getTranslations('manage')
  const period = [formatPartialDate(p.startDate, p.startPrecision, locale), formatPartialDate(p.endDate, p.endPrecision, locale)].filter(Boolean).join(' – ') || '—'
  return (
    <div className="space-y-6">
      {p.partnership && (
        <p>
          <Link href={`/manage/partnerships/${p.partnership.id}`} className={linkClass}>
            ← <LocalizedText value={p.partnership.title} locale={locale} sourceLocale={p.partnership.sourceLocale} />
          </Link>
        </p>
      )}
      <SavedBanner query={await searchParams} />
      <PageHeader
        title={<LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />}
        actions={
          <>
            <StatusBadge status={p.publicationStatus} />
            {canEdit && (
              <Link href={`/manage/projects/${id}/edit`} className={buttonClass}>
                {t('form.edit')}
              </Link>
            )}
          </>
        }
      />
      <Section title={t('projects.detailsTitle')} id="details">
        <DefinitionList
          items={[
            { label: t('projects.fields.period'), value: period },
            { label: t('form.owner'), value: <LocalizedText value={p.ownerOrganization.name} locale={locale} /> },
            { label: t('projects.fields.description'), value: p.description ? <LocalizedText value={p.description} locale={locale} sourceLocale={p.sourceLocale} /> : '—' },
          ]}
        />
      </Section>
      <Section title={t('projects.fields.places')} id="places">
        {p.territories.length === 0 ? (
          <Empty>{t('warnings.noTerritory')}</Empty>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {p.territories.map((pt) => (
              <li key={pt.territoryId} className="rounded-full border border-stone-300 bg-white px-3 py-1 text-sm" data-territory={pt.territory.code}>
                <LocalizedText value={pt.territory.name} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      {canEdit && <DeleteForm action={deleteProjectAction.bind(null, id, p.version)} label={t('projects.delete')} explanation={t('projects.deleteExplanation')} />}
    </div>
  )
}
