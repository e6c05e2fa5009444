import 'server-only'
import type { Actor } from '@/lib/auth/roles'
import { prisma } from '@/lib/db'
import { canEditRecord } from '@/lib/publishing/access'
import type { PublishableEntity } from '@/lib/publishing/mutations'
import { partyRef, reportedName, requiredText, type Text } from './dto'
import {
  publicAgreementWhere,
  publicCaseStudyWhere,
  publicContributionWhere,
  publicGrantWhere,
  publicOrganizationWhere,
  publicOutcomeWhere,
  publicPartnershipWhere,
  publicProgrammeWhere,
  publicProjectWhere,
} from './where'

/** The title of a record the public may see (published, with its parents), or null. */
async function publicTitle(entity: PublishableEntity, id: string): Promise<Text | null> {
  const where = { id }
  switch (entity) {
    case 'Organization': {
      const r = await prisma.organization.findFirst({
        where: { AND: [where, publicOrganizationWhere] },
        select: { name: true },
      })
      return r && requiredText(r.name)
    }
    case 'Partnership': {
      const r = await prisma.partnership.findFirst({
        where: { AND: [where, publicPartnershipWhere] },
        select: { title: true },
      })
      return r && requiredText(r.title)
    }
    case 'Project': {
      const r = await prisma.project.findFirst({ where: { AND: [where, publicProjectWhere] }, select: { title: true } })
      return r && requiredText(r.title)
    }
    case 'Contribution': {
      const r = await prisma.contribution.findFirst({
        where: { AND: [where, publicContributionWhere] },
        select: {
          partyNameAsReported: true,
          partyOrganization: { select: { slug: true, name: true, publicationStatus: true } },
        },
      })
      if (!r) return null
      const party = partyRef(r.partyOrganization, r.partyNameAsReported)
      return party.organization?.name ?? (party.asReported ? reportedName(party.asReported) : {})
    }
    case 'Outcome': {
      const r = await prisma.outcome.findFirst({
        where: { AND: [where, publicOutcomeWhere] },
        select: { indicator: true },
      })
      return r && requiredText(r.indicator)
    }
    case 'Grant': {
      const r = await prisma.grant.findFirst({ where: { AND: [where, publicGrantWhere] }, select: { title: true } })
      return r && requiredText(r.title)
    }
    case 'Programme': {
      const r = await prisma.programme.findFirst({
        where: { AND: [where, publicProgrammeWhere] },
        select: { title: true },
      })
      return r && requiredText(r.title)
    }
    case 'CaseStudy': {
      const r = await prisma.caseStudy.findFirst({
        where: { AND: [where, publicCaseStudyWhere] },
        select: { title: true },
      })
      return r && requiredText(r.title)
    }
    case 'Agreement': {
      const r = await prisma.agreement.findFirst({
        where: { AND: [where, publicAgreementWhere] },
        select: { subject: true },
      })
      return r && requiredText(r.subject)
    }
  }
}

/** Its title if the record's history may be shown: the public sees it while the record is public; its keepers always. */
export async function canViewRecordHistory(
  actor: Actor | null,
  entity: PublishableEntity,
  id: string,
): Promise<{ title: Text } | null> {
  const title = await publicTitle(entity, id)
  if (title) return { title }
  if (!actor || !(await canEditRecord(actor, entity, id))) return null
  return { title: (await keeperTitle(entity, id)) ?? {} }
}

async function keeperTitle(entity: PublishableEntity, id: string): Promise<Text | null> {
  switch (entity) {
    case 'Organization':
      return requiredText((await prisma.organization.findUnique({ where: { id }, select: { name: true } }))?.name)
    case 'Partnership':
      return requiredText((await prisma.partnership.findUnique({ where: { id }, select: { title: true } }))?.title)
    case 'Project':
      return requiredText((await prisma.project.findUnique({ where: { id }, select: { title: true } }))?.title)
    case 'Contribution': {
      const r = await prisma.contribution.findUnique({ where: { id }, select: { partyNameAsReported: true } })
      return r ? reportedName(r.partyNameAsReported) : null
    }
    case 'Outcome':
      return requiredText((await prisma.outcome.findUnique({ where: { id }, select: { indicator: true } }))?.indicator)
    case 'Grant':
      return requiredText((await prisma.grant.findUnique({ where: { id }, select: { title: true } }))?.title)
    case 'Programme':
      return requiredText((await prisma.programme.findUnique({ where: { id }, select: { title: true } }))?.title)
    case 'CaseStudy':
      return requiredText((await prisma.caseStudy.findUnique({ where: { id }, select: { title: true } }))?.title)
    case 'Agreement':
      return requiredText((await prisma.agreement.findUnique({ where: { id }, select: { subject: true } }))?.subject)
  }
}
