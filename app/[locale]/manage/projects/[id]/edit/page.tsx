import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ProjectForm } from '@/components/projects/project-form'
import { linkClass, PageHeader } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { updateProjectAction } from '@/lib/projects/actions'
import { projectFormValues } from '@/lib/projects/form-values'
import { getProjectForEdit } from '@/lib/projects/manage-queries'
import { listTerritoryOptions } from '@/lib/territories/options'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('projects.edit') }
}

export default async function EditProjectPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/projects/${id}/edit`)
  const project = await getProjectForEdit(actor, id)
  if (!project) notFound()
  const [t, territories] = await Promise.all([getTranslations('manage'), listTerritoryOptions(locale)])
  return (
    <div>
      <p className="mb-2">
        <Link href={`/manage/projects/${id}`} className={linkClass}>
          ← <LocalizedText value={project.title} locale={locale} sourceLocale={project.sourceLocale} />
        </Link>
      </p>
      <PageHeader title={t('projects.edit')} />
      <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        <ProjectForm
          action={updateProjectAction.bind(null, id)}
          mode="update"
          initialValues={projectFormValues(project)}
          territories={territories}
        />
      </div>
    </div>
  )
}
