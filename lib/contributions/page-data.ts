import 'server-only'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { formatMoney } from '@/lib/format'
import type { ProjectForEdit } from '@/lib/projects/manage-queries'

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
