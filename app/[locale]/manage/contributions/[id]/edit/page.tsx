import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ContributionForm } from '@/components/contributions/contribution-form'
import { DeleteForm } from '@/components/manage/delete-form'
import { PublishPanel } from '@/components/manage/publish-panel'
import { linkClass, PageHeader } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { setPublicationAction } from '@/lib/publishing/actions'
import { deleteContributionAction, updateContributionAction } from '@/lib/contributions/actions'
import { contributionFormValues } from '@/lib/contributions/form-values'
import { getContributionForEdit } from '@/lib/contributions/manage-queries'
import { ledgerChoices } from '@/lib/contributions/page-data'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { getProjectForEdit } from '@/lib/projects/manage-queries'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('contributions.edit') }
}

export default async function EditContributionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/contributions/${id}/edit`)
  const line = await getContributionForEdit(actor, id)
  if (!line) notFound()
  const [t, organizations, project] = await Promise.all([
    getTranslations('manage'),
    listOrganizationOptions(actor, locale),
    getProjectForEdit(actor, line.projectId),
  ])
  const { recipients, grants } = project ? ledgerChoices(project, locale) : { recipients: [], grants: [] }
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/manage/projects/${line.projectId}`} className={linkClass}>
          ← <LocalizedText value={line.project.title} locale={locale} sourceLocale={line.project.sourceLocale} />
        </Link>
      </p>
      <PageHeader title={t('contributions.edit')} />
      <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        <ContributionForm
          action={updateContributionAction.bind(null, id)}
          mode="update"
          initialValues={contributionFormValues(line)}
          organizations={organizations}
          recipients={recipients}
          grants={grants}
          linkedGrant={
            line.grant ? (pickLocalized(line.grant.title, locale)?.text ?? t('contributions.untitledGrant')) : undefined
          }
        />
      </div>
      <PublishPanel
        status={line.publicationStatus}
        publish={setPublicationAction.bind(
          null,
          'Contribution',
          id,
          line.version,
          'PUBLISHED',
          false,
          `/manage/contributions/${id}/edit`,
        )}
        withdraw={setPublicationAction.bind(
          null,
          'Contribution',
          id,
          line.version,
          'DRAFT',
          false,
          `/manage/contributions/${id}/edit`,
        )}
      />
      <DeleteForm
        action={deleteContributionAction.bind(null, id, line.version)}
        label={t('contributions.delete')}
        explanation={t('contributions.deleteExplanation')}
      />
    </div>
  )
}
