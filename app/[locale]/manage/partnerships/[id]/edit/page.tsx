import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FormPage } from '@/components/manage/form-page'
import { PartnershipForm } from '@/components/partnerships/partnership-form'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { updatePartnershipAction } from '@/lib/partnerships/actions'
import { partnershipFormValues } from '@/lib/partnerships/form-values'
import { getPartnershipForEdit } from '@/lib/partnerships/manage-queries'
import { listTerritoryOptions } from '@/lib/territories/options'

export const generateMetadata = messageTitle('manage', 'partnerships.edit')

export default async function EditPartnershipPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/partnerships/${id}/edit`)
  const partnership = await getPartnershipForEdit(actor, id)
  if (!partnership) notFound()
  const [t, organizations, territories] = await Promise.all([
    getTranslations('manage'),
    listOrganizationOptions(actor, locale),
    listTerritoryOptions(locale),
  ])
  return (
    <FormPage
      back={{
        href: `/manage/partnerships/${id}`,
        label: <LocalizedText value={partnership.title} locale={locale} sourceLocale={partnership.sourceLocale} />,
      }}
      title={t('partnerships.edit')}
    >
      <PartnershipForm
        action={updatePartnershipAction.bind(null, id)}
        mode="update"
        initialValues={partnershipFormValues(partnership)}
        organizations={organizations}
        territories={territories}
      />
    </FormPage>
  )
}
