import 'server-only'
// What the confirmation desk shows: the records a body is asked to confirm, with enough of each to
// judge it, and the disputes raised against an organization's own records. Amounts go through the
// public DTO, so an amount another organization withheld stays withheld here too.
import { actingOrgIds, memberOrgIds, type Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { PublicationStatus } from '@/lib/generated/prisma/enums'
import {
  contributionSelect,
  outcomeSelect,
  requiredText,
  toPublicContribution,
  toPublicOutcome,
  type PublicContribution,
  type PublicOutcome,
  type Text,
} from '@/lib/public/dto'
import { listToConfirm, type ConfirmableEntity, type ToConfirm } from './required'

type Common = ToConfirm & {
  /** Whether the actor may answer for the body (its officials may; its other members only see). */
  canAnswer: boolean
  bodyName: Text
  enteredBy: Text
  publicationStatus: PublicationStatus
}
export type DeskItem =
  | (Common & { entity: 'Contribution'; line: PublicContribution; projectTitle: Text })
  | (Common & { entity: 'Outcome'; outcome: PublicOutcome; projectTitle: Text })
  | (Common & { entity: 'Agreement' })

const owner = { select: { name: true } } as const

/**
 * The records the actor's organizations are asked to confirm — pending and disputed ones, or all with
 * `all` — optionally those of one partnership, each with what it says.
 */
export async function confirmationDesk(
  actor: Actor,
  { partnershipId, all = false }: { partnershipId?: string; all?: boolean } = {},
): Promise<DeskItem[]> {
  const wanted = (await listToConfirm(memberOrgIds(actor), { all })).filter(
    (w) => !partnershipId || w.partnershipId === partnershipId,
  )
  const ids = (entity: ConfirmableEntity) => wanted.filter((w) => w.entity === entity).map((w) => w.id)
  const [lines, outcomes, agreements, bodies] = await Promise.all([
    prisma.contribution.findMany({
      where: { id: { in: ids('Contribution') } },
      select: { ...contributionSelect, ownerOrganization: owner, project: { select: { title: true } } },
    }),
    prisma.outcome.findMany({
      where: { id: { in: ids('Outcome') } },
      select: { ...outcomeSelect, ownerOrganization: owner, project: { select: { title: true } } },
    }),
    prisma.agreement.findMany({
      where: { id: { in: ids('Agreement') } },
      select: { id: true, publicationStatus: true, ownerOrganization: owner },
    }),
    prisma.organization.findMany({
      where: { id: { in: [...new Set(wanted.map((w) => w.organizationId))] } },
      select: { id: true, name: true },
    }),
  ])
  const officialOf = new Set(actor.memberships.filter((m) => m.role === 'OFFICIAL').map((m) => m.organizationId))
  return wanted.flatMap((w): DeskItem[] => {
    const common = {
      ...w,
      canAnswer: officialOf.has(w.organizationId),
      bodyName: requiredText(bodies.find((b) => b.id === w.organizationId)?.name),
    }
    if (w.entity === 'Contribution') {
      const c = lines.find((l) => l.id === w.id)
      return c
        ? [
            {
              ...common,
              entity: 'Contribution',
              enteredBy: requiredText(c.ownerOrganization.name),
              publicationStatus: c.publicationStatus,
              line: toPublicContribution(c),
              projectTitle: requiredText(c.project.title),
            },
          ]
        : []
    }
    if (w.entity === 'Outcome') {
      const o = outcomes.find((x) => x.id === w.id)
      return o
        ? [
            {
              ...common,
              entity: 'Outcome',
              enteredBy: requiredText(o.ownerOrganization.name),
              publicationStatus: o.publicationStatus,
              outcome: toPublicOutcome(o),
              projectTitle: requiredText(o.project?.title),
            },
          ]
        : []
    }
    const a = agreements.find((x) => x.id === w.id)
    return a
      ? [
          {
            ...common,
            entity: 'Agreement',
            enteredBy: requiredText(a.ownerOrganization.name),
            publicationStatus: a.publicationStatus,
          },
        ]
      : []
  })
}

export type DisputeOfMine = {
  entity: ConfirmableEntity
  id: string
  comment: string | null
  decidedAt: Date
  bodyName: Text
  title: Text
  /** Where the record is changed. */
  href: string
}

/** Disputes the other side raised against records the actor's organizations keep, newest first. */
export async function disputesOfMine(actor: Actor): Promise<DisputeOfMine[]> {
  const keep = actor.isAdmin ? {} : { ownerOrganizationId: { in: actingOrgIds(actor) } }
  const disputed = await prisma.confirmation.findMany({
    where: { state: 'DISPUTED' },
    orderBy: { decidedAt: 'desc' },
    take: 500,
    select: {
      entity: true,
      entityId: true,
      comment: true,
      decidedAt: true,
      organization: { select: { name: true } },
    },
  })
  const ids = (entity: string) => disputed.filter((d) => d.entity === entity).map((d) => d.entityId)
  const [lines, outcomes, agreements] = await Promise.all([
    prisma.contribution.findMany({
      where: { id: { in: ids('Contribution') }, ...keep },
      select: { id: true, project: { select: { title: true } } },
    }),
    prisma.outcome.findMany({ where: { id: { in: ids('Outcome') }, ...keep }, select: { id: true, indicator: true } }),
    prisma.agreement.findMany({
      where: { id: { in: ids('Agreement') }, ...keep },
      select: { id: true, subject: true },
    }),
  ])
  return disputed.flatMap((d): DisputeOfMine[] => {
    const base = {
      entity: d.entity as ConfirmableEntity,
      id: d.entityId,
      comment: d.comment,
      decidedAt: d.decidedAt,
      bodyName: requiredText(d.organization.name),
    }
    const line = lines.find((l) => l.id === d.entityId)
    if (d.entity === 'Contribution' && line)
      return [{ ...base, title: requiredText(line.project.title), href: `/manage/contributions/${line.id}/edit` }]
    const outcome = outcomes.find((o) => o.id === d.entityId)
    if (d.entity === 'Outcome' && outcome)
      return [{ ...base, title: requiredText(outcome.indicator), href: `/manage/outcomes/${outcome.id}/edit` }]
    const agreement = agreements.find((a) => a.id === d.entityId)
    if (d.entity === 'Agreement' && agreement)
      return [{ ...base, title: requiredText(agreement.subject), href: `/manage/memoranda/${agreement.id}` }]
    return []
  })
}
