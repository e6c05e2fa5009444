import { creating } from '@/components/forms/record-form-props'
import { loadNewPage } from '@/lib/manage/form-page'
import { FormPage } from '@/components/manage/form-page'
import { ProgrammeForm } from '@/components/programmes/programme-form'
import { messageTitle } from '@/lib/i18n/page'
import { createProgrammeAction } from '@/lib/programmes/actions'

export const generateMetadata = messageTitle('manage', 'programmes.new')

export default async function NewProgrammePage({ params }: { params: Promise<{ locale: string }> }) {
  const page = await loadNewPage(params, '/manage/programmes/new', { organizations: true, territories: true })
  const { t, form } = page
  return (
    <FormPage title={t('programmes.new')} lead={t('programmes.lead')}>
      <ProgrammeForm
        {...creating(createProgrammeAction, form, { sourceLocale: page.locale })}
        organizations={page.organizations}
        territories={page.territories}
      />
    </FormPage>
  )
}
