import 'server-only'
import { memberOrgIds, type Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import { publicCaseStudyWhere } from '@/lib/public/where'
import type { Prisma } from '@/lib/generated/prisma/client'
import { caseStudyEditableWhere, canEditCaseStudy } from './policy'

export async function listManagedCaseStudies(actor: Actor) {
  const where: Prisma.CaseStudyWhereInput = actor.isAdmin
    ? { externalKey: null }
    : { OR: [caseStudyEditableWhere(actor), { organizationId: { in: memberOrgIds(actor) } }] }
  return prisma.caseStudy.findMany({
    where,
    orderBy: { updatedAt: 'desc' },
    take: 200,
    select: { id: true, title: true, sourceLocale: true, publicationStatus: true },
  })
}

const fullInclude = {
  organization: { select: { id: true, name: true } },
  partnership: {
    select: {
      id: true,
      title: true,
      ownerOrganizationId: true,
      publicationStatus: true,
      parties: { select: { organizationId: true, partyType: true } },
    },
  },
  ownerOrganization: { select: { name: true } },
  sections: { orderBy: { position: 'asc' } },
} satisfies Prisma.CaseStudyInclude

export async function getCaseStudyForView(actor: Actor, id: string) {
  const row = await prisma.caseStudy.findUnique({ where: { id }, include: fullInclude })
  if (!row) return null
  const canEdit = canEditCaseStudy(actor, row)
  const mine = memberOrgIds(actor)
  // Its keepers (who may change it, its owner's members, the organization it tells about) see the
  // record; anyone else its public page while it is public (its partnership too), or nothing.
  if (
    canEdit ||
    mine.includes(row.ownerOrganizationId) ||
    (row.organizationId !== null && mine.includes(row.organizationId))
  )
    return { view: 'keeper', caseStudy: row, canEdit } as const
  const isPublic = await prisma.caseStudy.count({ where: { AND: [{ id }, publicCaseStudyWhere] } })
  return isPublic ? ({ view: 'elsewhere', href: `/case-studies/${row.slug}` } as const) : null
}

export async function getCaseStudyForEdit(actor: Actor, id: string) {
  const row = await prisma.caseStudy.findUnique({ where: { id }, include: fullInclude })
  return row && canEditCaseStudy(actor, row) ? row : null
}
export type CaseStudyForEdit = NonNullable<Awaited<ReturnType<typeof getCaseStudyForEdit>>>
