import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ProjectForm } from '@/components/projects/project-form'
import { linkClass, PageHeader } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { createFormData } from '@/lib/manage/page-data'
import { getPartnershipForEdit } from '@/lib/partnerships/manage-queries'
import { createProjectAction } from '@/lib/projects/actions'
import { listTerritoryOptions } from '@/lib/territories/options'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('projects.new') }
}

export default async function NewProjectPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/partnerships/${id}/projects/new`)
  const partnership = await getPartnershipForEdit(actor, id)
  if (!partnership) notFound()
  const [t, form, territories] = await Promise.all([
    getTranslations('manage'),
    createFormData(actor, locale),
    listTerritoryOptions(locale),
  ])
  return (
    <div>
      <p className="mb-2">
        <Link href={`/manage/partnerships/${id}`} className={linkClass}>
          ← <LocalizedText value={partnership.title} locale={locale} sourceLocale={partnership.sourceLocale} />
        </Link>
      </p>
      <PageHeader title={t('projects.new')} lead={t('projects.newLead')} />
      <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        <ProjectForm
          action={createProjectAction.bind(null, id)}
          mode="create"
          // The partnership's places are proposed; a project may cover fewer or more.
          initialValues={{
            sourceLocale: partnership.sourceLocale,
            'territoryIds[]': partnership.territories.map((pt) => pt.territoryId),
          }}
          territories={territories}
          submissionKey={form.submissionKey}
        />
      </div>
    </div>
  )
}
