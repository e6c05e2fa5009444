import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FormPage } from '@/components/manage/form-page'
import { ProjectForm } from '@/components/projects/project-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { updateProjectAction } from '@/lib/projects/actions'
import { projectFormValues } from '@/lib/projects/form-values'
import { getProjectForEdit } from '@/lib/projects/manage-queries'
import { listTerritoryOptions } from '@/lib/territories/options'

export const generateMetadata = messageTitle('manage', 'projects.edit')

export default async function EditProjectPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/projects/${id}/edit`)
  const project = await getProjectForEdit(actor, id)
  if (!project) notFound()
  const [t, territories] = await Promise.all([getTranslations('manage'), listTerritoryOptions(locale)])
  return (
    <FormPage
      back={{
        href: `/manage/projects/${id}`,
        label: <LocalizedText value={project.title} locale={locale} sourceLocale={project.sourceLocale} />,
      }}
      title={t('projects.edit')}
    >
      <ProjectForm
        action={updateProjectAction.bind(null, id)}
        mode="update"
        initialValues={projectFormValues(project)}
        territories={territories}
      />
    </FormPage>
  )
}
