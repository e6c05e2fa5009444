import { editing } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { FormPage } from '@/components/manage/form-page'
import { ProjectForm } from '@/components/projects/project-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { messageTitle } from '@/lib/i18n/page'
import { updateProjectAction } from '@/lib/projects/actions'
import { projectFormValues } from '@/lib/projects/form-values'
import { getProjectForEdit } from '@/lib/projects/manage-queries'

export const generateMetadata = messageTitle('manage', 'projects.edit')

export default async function EditProjectPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const path = (id: string) => `/manage/projects/${id}/edit`
  const { id, record: project, t, ...page } = await loadEditPage(params, path, getProjectForEdit, { territories: true })
  return (
    <FormPage
      back={{
        href: `/manage/projects/${id}`,
        label: <LocalizedText value={project.title} locale={page.locale} sourceLocale={project.sourceLocale} />,
      }}
      title={t('projects.edit')}
    >
      <ProjectForm
        {...editing(updateProjectAction.bind(null, id), projectFormValues(project))}
        territories={page.territories}
      />
    </FormPage>
  )
}
