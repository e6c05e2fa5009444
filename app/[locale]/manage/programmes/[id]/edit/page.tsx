import { editing } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { DeleteForm } from '@/components/manage/delete-form'
import { FormPage } from '@/components/manage/form-page'
import { ProgrammeForm } from '@/components/programmes/programme-form'
import { messageTitle } from '@/lib/i18n/page'
import { deleteProgrammeAction, updateProgrammeAction } from '@/lib/programmes/actions'
import { programmeFormValues } from '@/lib/programmes/form-values'
import { getProgrammeForEdit } from '@/lib/programmes/manage-queries'

export const generateMetadata = messageTitle('manage', 'programmes.edit')

export default async function EditProgrammePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const needs = { organizations: true, territories: true }
  const page = await loadEditPage(params, (id) => `/manage/programmes/${id}/edit`, getProgrammeForEdit, needs)
  const { id, record: programme, t } = page
  return (
    <FormPage
      back={{ href: `/manage/programmes/${id}`, label: t('programmes.title') }}
      title={t('programmes.edit')}
      after={
        <DeleteForm
          action={deleteProgrammeAction.bind(null, id, programme.version)}
          label={t('programmes.delete')}
          explanation={t('programmes.deleteExplanation')}
        />
      }
    >
      <ProgrammeForm
        {...editing(updateProgrammeAction.bind(null, id), programmeFormValues(programme))}
        organizations={page.organizations}
        territories={page.territories}
      />
    </FormPage>
  )
}
