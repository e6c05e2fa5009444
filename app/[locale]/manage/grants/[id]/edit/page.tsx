import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { GrantForm } from '@/components/grants/grant-form'
import { DeleteForm } from '@/components/manage/delete-form'
import { linkClass, PageHeader } from '@/components/manage/ui'
import { requireActor } from '@/lib/auth/actor'
import { deleteGrantAction, updateGrantAction } from '@/lib/grants/actions'
import { grantFormValues } from '@/lib/grants/form-values'
import { getGrantForEdit, grantTargets } from '@/lib/grants/manage-queries'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('grants.edit') }
}

export default async function EditGrantPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/grants/${id}/edit`)
  const grant = await getGrantForEdit(actor, id)
  if (!grant) notFound()
  const [t, organizations, targets] = await Promise.all([
    getTranslations('manage'),
    listOrganizationOptions(actor, locale),
    grantTargets(actor, locale),
  ])
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/manage/grants/${id}`} className={linkClass}>
          ← {t('grants.title')}
        </Link>
      </p>
      <PageHeader title={t('grants.edit')} />
      <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        <GrantForm
          action={updateGrantAction.bind(null, id)}
          mode="update"
          initialValues={grantFormValues(grant)}
          organizations={organizations}
          projects={targets.projects}
          programmes={targets.programmes}
        />
      </div>
      <DeleteForm
        action={deleteGrantAction.bind(null, id, grant.version)}
        label={t('grants.delete')}
        explanation={t('grants.deleteExplanation')}
      />
    </div>
  )
}
