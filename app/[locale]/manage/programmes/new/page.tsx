import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FormPage } from '@/components/manage/form-page'
import { ProgrammeForm } from '@/components/programmes/programme-form'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { createFormData } from '@/lib/manage/page-data'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { createProgrammeAction } from '@/lib/programmes/actions'
import { listTerritoryOptions } from '@/lib/territories/options'

export const generateMetadata = messageTitle('manage', 'programmes.new')

export default async function NewProgrammePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/programmes/new')
  if (!canCreateRecords(actor)) notFound()
  const [t, form, organizations, territories] = await Promise.all([
    getTranslations('manage'),
    createFormData(actor, locale),
    listOrganizationOptions(actor, locale),
    listTerritoryOptions(locale),
  ])
  return (
    <FormPage title={t('programmes.new')} lead={t('programmes.lead')}>
      <ProgrammeForm
        action={createProgrammeAction}
        mode="create"
        initialValues={{ sourceLocale: locale }}
        organizations={organizations}
        territories={territories}
        owners={form.owners}
        submissionKey={form.submissionKey}
      />
    </FormPage>
  )
}
