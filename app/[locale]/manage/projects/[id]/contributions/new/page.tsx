import { randomUUID } from 'node:crypto'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ContributionForm } from '@/components/contributions/contribution-form'
import { FormPage } from '@/components/manage/form-page'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { createContributionAction } from '@/lib/contributions/actions'
import { ledgerChoices } from '@/lib/contributions/page-data'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { getProjectForNewLine } from '@/lib/projects/manage-queries'

export const generateMetadata = messageTitle('manage', 'contributions.new')

export default async function NewContributionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(`/manage/projects/${id}/contributions/new`)
  const found = await getProjectForNewLine(actor, id)
  if (!found) notFound()
  const { project, onlyParty } = found
  const [t, allOrganizations] = await Promise.all([getTranslations('manage'), listOrganizationOptions(actor, locale)])
  // A co-party names only itself as the party, and sees nothing else of the project's ledger.
  const organizations = onlyParty ? allOrganizations.filter((o) => onlyParty.includes(o.id)) : allOrganizations
  const { recipients, grants } = onlyParty ? { recipients: [], grants: [] } : ledgerChoices(project, locale)
  return (
    <FormPage
      back={{
        href: onlyParty ? `/manage/partnerships/${project.partnershipId}` : `/manage/projects/${id}`,
        label: <LocalizedText value={project.title} locale={locale} sourceLocale={project.sourceLocale} />,
      }}
      title={t('contributions.new')}
      lead={t('contributions.newLead')}
    >
      <ContributionForm
        action={createContributionAction.bind(null, id)}
        mode="create"
        initialValues={{ partyForm: 'ORGANIZATION', kind: 'CASH', currency: 'KGS' }}
        organizations={organizations}
        recipients={recipients}
        grants={grants}
        submissionKey={randomUUID()}
      />
    </FormPage>
  )
}
