import { creating } from '@/components/forms/record-form-props'
import { loadEditPage } from '@/lib/manage/form-page'
import { randomUUID } from 'node:crypto'
import { draftKey } from '@/lib/forms/draft-key'
import { ContributionForm } from '@/components/contributions/contribution-form'
import { FormPage } from '@/components/manage/form-page'
import { SavedBanner } from '@/components/manage/saved-banner'
import { LocalizedText } from '@/components/ui/localized-text'
import { createContributionAction } from '@/lib/contributions/actions'
import { ledgerChoices, ledgerDefaults } from '@/lib/contributions/page-data'
import { messageTitle } from '@/lib/i18n/page'
import { getProjectForNewLine } from '@/lib/projects/manage-queries'

export const generateMetadata = messageTitle('manage', 'contributions.new')

export default async function NewContributionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const path = (id: string) => `/manage/projects/${id}/contributions/new`
  const page = await loadEditPage(params, path, getProjectForNewLine, { organizations: true })
  const {
    locale,
    id,
    t,
    record: { project, onlyParty },
    organizations: allOrganizations,
  } = page
  // A co-party names only itself as the party, and sees nothing else of the project's ledger.
  const organizations = onlyParty ? allOrganizations.filter((o) => onlyParty.includes(o.id)) : allOrganizations
  const { recipients, grants } = onlyParty ? { recipients: [], grants: [] } : ledgerChoices(project, locale)
  const defaults = ledgerDefaults(page.actor, onlyParty ? null : project, onlyParty, organizations, recipients)
  const submissionKey = randomUUID()
  return (
    <FormPage
      back={{
        href: onlyParty ? `/manage/partnerships/${project.partnershipId}` : `/manage/projects/${id}`,
        label: <LocalizedText value={project.title} locale={locale} sourceLocale={project.sourceLocale} />,
      }}
      title={t('contributions.new')}
      lead={t('contributions.newLead')}
    >
      <SavedBanner query={await searchParams} />
      <ContributionForm
        key={submissionKey} // after “save and add another”: a new, empty form
        {...creating(
          createContributionAction.bind(null, id),
          {
            submissionKey,
            draft: draftKey(
              page.actor.userId,
              'ownerOrganizationId' in project ? project.ownerOrganizationId : (onlyParty?.[0] ?? ''),
              path(id),
            ),
          },
          { partyForm: 'ORGANIZATION', kind: 'CASH', currency: 'KGS', ...defaults.values },
        )}
        parties={defaults.parties}
        organizations={organizations}
        recipients={recipients}
        grants={grants}
      />
    </FormPage>
  )
}
