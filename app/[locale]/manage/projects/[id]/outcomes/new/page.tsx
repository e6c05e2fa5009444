import { randomUUID } from 'node:crypto'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FormPage } from '@/components/manage/form-page'
import { OutcomeForm } from '@/components/outcomes/outcome-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { createOutcomeAction } from '@/lib/outcomes/actions'
import { getProjectForEdit } from '@/lib/projects/manage-queries'

export const generateMetadata = messageTitle('manage', 'outcomes.new')

export default async function NewOutcomePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/projects/${id}/outcomes/new`)
  const project = await getProjectForEdit(actor, id)
  if (!project) notFound()
  const t = await getTranslations('manage')
  return (
    <FormPage
      back={{
        href: `/manage/projects/${id}`,
        label: <LocalizedText value={project.title} locale={locale} sourceLocale={project.sourceLocale} />,
      }}
      title={t('outcomes.new')}
      lead={t('outcomes.newLead')}
    >
      <OutcomeForm
        action={createOutcomeAction.bind(null, id)}
        mode="create"
        initialValues={{ kind: 'ACTUAL', qualifier: 'EXACT' }}
        submissionKey={randomUUID()}
      />
    </FormPage>
  )
}
