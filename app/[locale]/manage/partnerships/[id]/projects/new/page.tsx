import { creating } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { FormPage } from '@/components/manage/form-page'
import { ProjectForm } from '@/components/projects/project-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { messageTitle } from '@/lib/i18n/page'
import { createFormData } from '@/lib/manage/page-data'
import { getPartnershipForEdit } from '@/lib/partnerships/manage-queries'
import { CopyProjectForm } from '@/components/projects/copy-project'
import { copiedProjectValues } from '@/lib/projects/form-values'
import { getProjectToCopy, listProjectsToCopy } from '@/lib/projects/manage-queries'
import { z } from 'zod'
import { draftKey } from '@/lib/forms/draft-key'
import { createProjectAction } from '@/lib/projects/actions'

const CopyQuery = z.string().min(1).max(64)

export const generateMetadata = messageTitle('manage', 'projects.new')

export default async function NewProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const path = (id: string) => `/manage/partnerships/${id}/projects/new`
  const page = await loadEditPage(params, path, getPartnershipForEdit, { territories: true })
  const { locale, id, t, record: partnership } = page
  const copyId = CopyQuery.safeParse((await searchParams).copy).data
  const [form, projects, copied] = await Promise.all([
    createFormData(page.actor, locale),
    listProjectsToCopy(page.actor),
    copyId ? getProjectToCopy(page.actor, copyId) : null,
  ])
  return (
    <FormPage
      back={{
        href: `/manage/partnerships/${id}`,
        label: <LocalizedText value={partnership.title} locale={locale} sourceLocale={partnership.sourceLocale} />,
      }}
      title={t('projects.new')}
      lead={t('projects.newLead')}
    >
      <CopyProjectForm projects={projects} chosen={copied ? copyId : undefined} locale={locale} />
      <ProjectForm
        key={copied ? copyId : 'blank'}
        // The partnership's places are proposed; a project may cover fewer or more.
        {...creating(
          createProjectAction.bind(null, id),
          {
            submissionKey: form.submissionKey,
            draft: draftKey(page.actor.userId, partnership.ownerOrganizationId, path(id)),
          },
          copied
            ? copiedProjectValues(copied)
            : {
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
