import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FormPage } from '@/components/manage/form-page'
import { ProjectForm } from '@/components/projects/project-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { createFormData } from '@/lib/manage/page-data'
import { getPartnershipForEdit } from '@/lib/partnerships/manage-queries'
import { createProjectAction } from '@/lib/projects/actions'
import { listTerritoryOptions } from '@/lib/territories/options'

export const generateMetadata = messageTitle('manage', 'projects.new')

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
    <FormPage
      back={{
        href: `/manage/partnerships/${id}`,
        label: <LocalizedText value={partnership.title} locale={locale} sourceLocale={partnership.sourceLocale} />,
      }}
      title={t('projects.new')}
      lead={t('projects.newLead')}
    >
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
    </FormPage>
  )
}
