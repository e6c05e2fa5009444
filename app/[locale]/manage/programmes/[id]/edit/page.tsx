import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { DeleteForm } from '@/components/manage/delete-form'
import { FormPage } from '@/components/manage/form-page'
import { ProgrammeForm } from '@/components/programmes/programme-form'
import { requireActor } from '@/lib/auth/actor'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { deleteProgrammeAction, updateProgrammeAction } from '@/lib/programmes/actions'
import { programmeFormValues } from '@/lib/programmes/form-values'
import { getProgrammeForEdit } from '@/lib/programmes/manage-queries'
import { listTerritoryOptions } from '@/lib/territories/options'

export const generateMetadata = messageTitle('manage', 'programmes.edit')

export default async function EditProgrammePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/programmes/${id}/edit`)
  const programme = await getProgrammeForEdit(actor, id)
  if (!programme) notFound()
  const [t, organizations, territories] = await Promise.all([
    getTranslations('manage'),
    listOrganizationOptions(actor, locale),
    listTerritoryOptions(locale),
  ])
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
        action={updateProgrammeAction.bind(null, id)}
        mode="update"
        initialValues={programmeFormValues(programme)}
        organizations={organizations}
        territories={territories}
      />
    </FormPage>
  )
}
