import 'server-only'
import type { Access, Actor } from '@/lib/auth/roles'
import { contributionEditAccess, contributionPolicySelect } from '@/lib/contributions/policy'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { AgreementKind, ContributionKind } from '@/lib/generated/prisma/enums'
import { grantEditAccess, grantPolicySelect } from '@/lib/grants/policy'
import { enumLabel } from '@/lib/i18n/enums'
import { translatorFor } from '@/lib/notifications/translate'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { memorandumEditAccess } from '@/lib/memoranda/policy'
import { organizationEditAccess } from '@/lib/organizations/policy'
import { outcomeEditAccess, outcomePolicySelect } from '@/lib/outcomes/policy'
import { projectEditAccess, projectPolicySelect } from '@/lib/projects/policy'

type Db = Prisma.TransactionClient | typeof prisma

/** What a content row is called in the confirmation: a localized name, or the words the page makes of it. */
export type ContentLabel =
  | { name: unknown }
  | { party: unknown; kind: ContributionKind; withheld: boolean }
  | { agreementKind: AgreementKind }
  | { untitled: true }

/** One draft record that "publish with its contents" would publish, with the actor's access to it. */
export type PlannedContent = {
  entity: 'Organization' | 'Agreement' | 'Project' | 'Contribution' | 'Grant' | 'Outcome'
  id: string
  access: Access
  label: ContentLabel
}

/**
 * The draft records below a partnership (its draft organizations among the parties, its memoranda) or a
 * project (its ledger lines, the grants they count, its outcomes) that the actor may publish. The same
 * list drives the confirmation the user reads and the publication itself, so what is shown is what is done.
 */
export async function planContents(
  db: Db,
  actor: Actor,
  entity: 'Partnership' | 'Project',
  id: string,
): Promise<PlannedContent[]> {
  const planned: PlannedContent[] = []
  const add = (item: Omit<PlannedContent, 'access'>, access: Access | null) => {
    if (access) planned.push({ ...item, access })
  }
  if (entity === 'Partnership') {
    const parties = await db.partnershipParty.findMany({
      where: { partnershipId: id, organization: { publicationStatus: 'DRAFT' } },
      select: { organization: { select: { id: true, name: true, ownerOrganizationId: true } } },
      orderBy: { position: 'asc' },
    })
    for (const { organization: o } of parties)
      if (o) add({ entity: 'Organization', id: o.id, label: { name: o.name } }, organizationEditAccess(actor, o))
    const memoranda = await db.agreement.findMany({
      where: { partnershipId: id, publicationStatus: 'DRAFT' },
      select: { id: true, kind: true, ownerOrganizationId: true },
    })
    for (const m of memoranda)
      add({ entity: 'Agreement', id: m.id, label: { agreementKind: m.kind } }, memorandumEditAccess(actor, m))
  }
  const projects = await db.project.findMany({
    where: entity === 'Partnership' ? { partnershipId: id } : { id },
    select: { id: true, title: true, ...projectPolicySelect },
    orderBy: { createdAt: 'asc' },
  })
  for (const project of projects) {
    if (entity === 'Partnership' && project.publicationStatus === 'DRAFT')
      add({ entity: 'Project', id: project.id, label: { name: project.title } }, projectEditAccess(actor, project))
    const lines = await db.contribution.findMany({
      where: { projectId: project.id, publicationStatus: 'DRAFT' },
      select: {
        id: true,
        grantId: true,
        kind: true,
        amountWithheld: true,
        partyNameAsReported: true,
        partyOrganization: { select: { name: true } },
        ...contributionPolicySelect,
      },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    })
    for (const line of lines) {
      const party = line.partyOrganization?.name ?? line.partyNameAsReported
      const label = { party, kind: line.kind, withheld: line.amountWithheld }
      add({ entity: 'Contribution', id: line.id, label }, contributionEditAccess(actor, line))
      if (!line.grantId) continue
      const grant = await db.grant.findFirst({
        where: { id: line.grantId, publicationStatus: 'DRAFT' },
        select: { id: true, title: true, ...grantPolicySelect },
      })
      if (grant)
        add(
          { entity: 'Grant', id: grant.id, label: grant.title ? { name: grant.title } : { untitled: true } },
          grantEditAccess(actor, grant),
        )
    }
    const outcomes = await db.outcome.findMany({
      where: { projectId: project.id, publicationStatus: 'DRAFT' },
      select: { id: true, indicator: true, ...outcomePolicySelect },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    })
    for (const o of outcomes)
      add({ entity: 'Outcome', id: o.id, label: { name: o.indicator } }, outcomeEditAccess(actor, o))
  }
  return planned
}

/** A group of records the confirmation lists, in the user's language (components/manage/publish-confirm.tsx). */
export type PublicationGroup = { entity: string; heading: string; items: string[] }

const order = ['Partnership', 'Project', 'Organization', 'Agreement', 'Contribution', 'Grant', 'Outcome'] as const

/**
 * What "publish with its contents" makes public, for the confirmation: the record itself (when still a
 * draft) and each planned content row, grouped and named in `locale`. Empty when the actor may publish nothing.
 */
export async function describePublication(
  actor: Actor,
  entity: 'Partnership' | 'Project',
  id: string,
  title: unknown,
  locale: Locale,
): Promise<PublicationGroup[]> {
  const [t, te, planned] = await Promise.all([
    translatorFor(locale, 'manage.publishing'),
    translatorFor(locale, 'enums'),
    planContents(prisma, actor, entity, id),
  ])
  const name = (value: unknown) =>
    typeof value === 'string' ? value : (pickLocalized(value, locale)?.text ?? t('unnamed'))
  const text = (label: ContentLabel): string => {
    if ('name' in label) return name(label.name)
    if ('agreementKind' in label) return enumLabel(te, 'agreementKind', label.agreementKind)
    if ('untitled' in label) return t('unnamed')
    const line = `${name(label.party)} — ${enumLabel(te, 'contributionKind', label.kind)}`
    return label.withheld ? `${line} (${t('staysWithheld')})` : line
  }
  const rows = [{ entity, label: { name: title } as ContentLabel }, ...planned]
  return order
    .map((e) => ({ entity: e, items: rows.filter((r) => r.entity === e).map((r) => text(r.label)) }))
    .filter((g) => g.items.length > 0)
    .map((g) => ({ ...g, heading: t(`groups.${g.entity}`, { count: g.items.length }) }))
}
