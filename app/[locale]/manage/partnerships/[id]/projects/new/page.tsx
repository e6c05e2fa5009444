import { creating } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { FormPage } from '@/components/manage/form-page'
import { ProjectForm } from '@/components/projects/project-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { messageTitle } from '@/lib/i18n/page'
import { createFormData } from '@/lib/manage/page-data'
import { getPartnershipForEdit } from '@/lib/partnerships/manage-queries'
import { createProjectAction } from '@/lib/projects/actions'

export const generateMetadata = messageTitle('manage', 'projects.new')

export default async function NewProjectPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const path = (id: string) => `/manage/partnerships/${id}/projects/new`
  const page = await loadEditPage(params, path, getPartnershipForEdit, { territories: true })
  const { locale, id, t, record: partnership } = page
  const form = await createFormData(page.actor, locale)
  return (
    <FormPage
      back={{
        href: `/manage/partnerships/${id}`,
        label: <LocalizedText value={partnership.title} locale={locale} sourceLocale={partnership.sourceLocale} />,
      }}
      title={t('projects.new')}
      lead={t('projects.newLead')}
    >
      <ProjectForm
        // The partnership's places are proposed; a project may cover fewer or more.
        {...creating(
          createProjectAction.bind(null, id),
          { submissionKey: form.submissionKey },
          {
            // The language of this form: what the editor types here is the project's source text.
            sourceLocale: locale,
            'territoryIds[]': partnership.territories.map((pt) => pt.territoryId),
          },
        )}
        territories={page.territories}
      />
    </FormPage>
  )
}
