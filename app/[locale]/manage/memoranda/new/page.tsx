import { creating } from '@/components/forms/record-form-props'
import { loadNewPage } from '@/lib/manage/form-page'
import { getTranslations } from 'next-intl/server'
import { FormPage } from '@/components/manage/form-page'
import { MemorandumForm } from '@/components/memoranda/memorandum-form'
import { messageTitle } from '@/lib/i18n/page'
import { createMemorandumAction } from '@/lib/memoranda/actions'
import { memorandumTargets, newMemorandumValues } from '@/lib/memoranda/queries'

export const generateMetadata = messageTitle('memoranda', 'new')

/** A new memorandum; from a partnership's page (`?partnership=`) it starts with that partnership's parties. */
export default async function NewMemorandumPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { locale, actor, form, organizations } = await loadNewPage(params, '/manage/memoranda/new', {
    organizations: true,
  })
  const [t, targets, { partnership }] = await Promise.all([
    getTranslations('memoranda'),
    memorandumTargets(actor, locale),
    searchParams,
  ])
  const initialValues = await newMemorandumValues(actor, locale, {
    owners: form.owners.map((o) => o.id),
    partnershipId: typeof partnership === 'string' ? partnership : undefined,
  })
  return (
    <FormPage title={t('new')} lead={t('newLead')}>
      <MemorandumForm
        {...creating(createMemorandumAction, form, initialValues)}
        organizations={organizations}
        partnerships={targets.partnerships}
        projects={targets.projects}
      />
    </FormPage>
  )
}
