import 'server-only'
import { memberOrgIds, type Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { projectEditableWhere } from '@/lib/projects/policy'
import { canEditGrant, grantEditableWhere } from './policy'

function myGrantsWhere(actor: Actor): Prisma.GrantWhereInput {
  if (actor.isAdmin) return { externalKey: null }
  const mine = memberOrgIds(actor)
  return { OR: [grantEditableWhere(actor), { funderId: { in: mine } }, { recipientId: { in: mine } }] }
}

export async function listManagedGrants(actor: Actor) {
  return prisma.grant.findMany({
    where: myGrantsWhere(actor),
    orderBy: { updatedAt: 'desc' },
    take: 200,
    select: {
      id: true,
      title: true,
      amountMinor: true,
      currency: true,
      amountWithheld: true,
      publicationStatus: true,
      funder: { select: { name: true } },
      recipient: { select: { name: true } },
    },
  })
}

const fullInclude = {
  funder: { select: { id: true, name: true } },
  recipient: { select: { id: true, name: true } },
  project: {
    select: {
      id: true,
      title: true,
      ownerOrganizationId: true,
      partnership: {
        select: { ownerOrganizationId: true, parties: { select: { organizationId: true, partyType: true } } },
      },
      programme: { select: { ownerOrganizationId: true, parties: { select: { organizationId: true, role: true } } } },
    },
  },
  programme: {
    select: {
      id: true,
      title: true,
      ownerOrganizationId: true,
      parties: { select: { organizationId: true, role: true } },
    },
  },
  contribution: { select: { id: true, projectId: true } },
  ownerOrganization: { select: { name: true } },
} satisfies Prisma.GrantInclude

/**
 * A grant for its manage page: for those who may change it and the members of its owner; anyone else
 * gets "not found" (a grant has no page of its own; its public figures are on its project's page).
 */
export async function getGrantForView(actor: Actor, id: string) {
  const row = await prisma.grant.findUnique({ where: { id }, include: fullInclude })
  if (!row) return null
  const canEdit = canEditGrant(actor, row)
  return canEdit || memberOrgIds(actor).includes(row.ownerOrganizationId)
    ? ({ view: 'keeper', grant: row, canEdit } as const)
    : null
}

export async function getGrantForEdit(actor: Actor, id: string) {
  const row = await prisma.grant.findUnique({ where: { id }, include: fullInclude })
  return row && canEditGrant(actor, row) ? row : null
}
export type GrantForEdit = NonNullable<Awaited<ReturnType<typeof getGrantForEdit>>>

/** Projects a grant may fund (those the actor may change) and programmes it may belong to, as choices. */
export async function grantTargets(actor: Actor, locale: Locale) {
  const [projects, programmes] = await Promise.all([
    prisma.project.findMany({
      where: projectEditableWhere(actor),
      orderBy: { updatedAt: 'desc' },
      take: 300,
      select: { id: true, title: true, partnership: { select: { title: true } } },
    }),
    prisma.programme.findMany({
      where: actor.isAdmin
        ? {}
        : { OR: [{ publicationStatus: 'PUBLISHED' }, { ownerOrganizationId: { in: memberOrgIds(actor) } }] },
      take: 300,
      select: { id: true, title: true },
    }),
  ])
  const name = (v: unknown) => pickLocalized(v, locale)?.text ?? ''
  return {
    projects: projects.map((p) => ({
      value: p.id,
      label: [name(p.title), p.partnership ? name(p.partnership.title) : ''].filter(Boolean).join(' — '),
    })),
    programmes: programmes.map((p) => ({ value: p.id, label: name(p.title) })),
  }
}
