import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FormPage } from '@/components/manage/form-page'
import { MemorandumForm } from '@/components/memoranda/memorandum-form'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { createFormData } from '@/lib/manage/page-data'
import { createMemorandumAction } from '@/lib/memoranda/actions'
import { memorandumTargets, newMemorandumValues } from '@/lib/memoranda/queries'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'

export const generateMetadata = messageTitle('memoranda', 'new')

/** A new memorandum; from a partnership's page (`?partnership=`) it starts with that partnership's parties. */
export default async function NewMemorandumPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const locale = await pageLocale(params)
  const actor = await requireActor('/manage/memoranda/new')
  if (!canCreateRecords(actor)) notFound()
  const { partnership } = await searchParams
  const [t, form, organizations, targets] = await Promise.all([
    getTranslations('memoranda'),
    createFormData(actor, locale),
    listOrganizationOptions(actor, locale),
    memorandumTargets(actor, locale),
  ])
  const initialValues = await newMemorandumValues(actor, locale, {
    owners: form.owners.map((o) => o.id),
    partnershipId: typeof partnership === 'string' ? partnership : undefined,
  })
  return (
    <FormPage title={t('new')} lead={t('newLead')}>
      <MemorandumForm
        action={createMemorandumAction}
        mode="create"
        initialValues={initialValues}
        organizations={organizations}
        partnerships={targets.partnerships}
        projects={targets.projects}
        owners={form.owners}
        submissionKey={form.submissionKey}
      />
    </FormPage>
  )
}
