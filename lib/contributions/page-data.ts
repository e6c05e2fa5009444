import 'server-only'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { formatMoney } from '@/lib/format'
import type { ProjectForEdit } from '@/lib/projects/manage-queries'
import { memberOrgIds, type Actor } from '@/lib/auth/roles'

/** Choices the ledger form needs from its project: grant recipients (the partnership's organizations) and recorded grants. */
export function ledgerChoices(project: ProjectForEdit, locale: Locale) {
  const name = (n: unknown, fallback: string) => pickLocalized(n, locale)?.text ?? fallback
  const recipients = (project.partnership?.parties ?? [])
    .filter((p) => p.organizationId && p.organization)
    .map((p) => ({ value: p.organizationId!, label: name(p.organization!.name, p.nameAsReported) }))
  const grants = project.grants.map((g) => ({
    id: g.id,
    counted: Boolean(g.contribution),
    label: [
      name(g.title, ''),
      name(g.funder.name, ''),
      g.amountMinor !== null && g.currency ? formatMoney(g.amountMinor, g.currency, locale) : '',
    ]
      .filter(Boolean)
      .join(' · '),
  }))
  return { recipients, grants }
}

/**
 * Suggestions for a new ledger line (the server checks whatever is sent): the partnership's parties the
 * actor may name, offered first, with the first of them that has no line yet chosen; a grant received
 * by the editor's own organization when it is a party. A co-party is offered only itself.
 */
export function ledgerDefaults(
  actor: Actor,
  /** Null for a co-party, who sees nothing of the project's ledger. */
  project: Pick<ProjectForEdit, 'partnership' | 'contributions'> | null,
  onlyParty: string[] | null,
  organizations: { id: string }[],
  recipients: { value: string }[],
) {
  const named = new Set(organizations.map((o) => o.id))
  const parties = (onlyParty ?? (project?.partnership?.parties ?? []).map((p) => p.organizationId ?? '')).filter(
    (id, i, all) => id && named.has(id) && all.indexOf(id) === i,
  )
  const contributed = new Set((project?.contributions ?? []).map((c) => c.partyOrganizationId))
  const party = parties.find((id) => !contributed.has(id)) ?? parties[0]
  const own = memberOrgIds(actor)
  const recipient = recipients.find((r) => own.includes(r.value))?.value
  const values: Record<string, string> = {}
  if (party) values.partyOrganizationId = party
  if (recipient) values.grantRecipientId = recipient
  return { parties, values }
}
