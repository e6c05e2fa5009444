import 'server-only'
import { cache } from 'react'
import { prisma } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Locale, ProgrammeRole } from '@/lib/generated/prisma/enums'
import { orgRef, orgRefSelect, outcomeSelect, period, periodSelect, place, placeSelect, requiredText } from './dto'
import { text, toPublicOutcome } from './dto'
import type { OrgRef, PartialDate, Place, PublicOutcome, Text } from './dto'
import { listedProjectSelect, listedRecordSelect, toListedProject, toListedRecord } from './lists'
import type { ListedProject, ListedRecord } from './lists'
import { published, publicProgrammeWhere, publicProjectWhere } from './where'

/** What a programme shows wherever it is public: its page, the API list and the exports. */
export type ProgrammeFields = {
  slug: string
  title: Text
  description: Text | null
  sourceLocale: Locale
  start: PartialDate | null
  end: PartialDate | null
  budget: { minor: bigint; currency: string } | null
  themes: string[]
  parties: { organization: OrgRef; role: ProgrammeRole }[]
  /** Runs across the country without naming places (then `places` is empty). */
  national: boolean
  places: Place[]
}
export type PublicProgramme = ProgrammeFields & { projects: ListedProject[]; targets: PublicOutcome[] }

export const programmeFieldsSelect = {
  slug: true,
  title: true,
  description: true,
  sourceLocale: true,
  ...periodSelect,
  budgetMinor: true,
  budgetCurrency: true,
  themes: true,
  national: true,
  parties: { select: { role: true, organization: orgRefSelect } },
  territories: { orderBy: { territory: { code: 'asc' } }, select: { territory: placeSelect } },
} as const satisfies Prisma.ProgrammeSelect
type ProgrammeFieldsRow = Prisma.ProgrammeGetPayload<{ select: typeof programmeFieldsSelect }>

export function toProgrammeFields(p: ProgrammeFieldsRow): ProgrammeFields {
  return {
    slug: p.slug,
    title: requiredText(p.title),
    description: text(p.description),
    sourceLocale: p.sourceLocale,
    ...period(p),
    budget: p.budgetMinor !== null && p.budgetCurrency ? { minor: p.budgetMinor, currency: p.budgetCurrency } : null,
    themes: p.themes,
    parties: p.parties.flatMap((x) => {
      const organization = orgRef(x.organization)
      return organization ? [{ organization, role: x.role }] : []
    }),
    national: p.national,
    places: p.territories.map((t) => place(t.territory)),
  }
}

/** A published programme: funders and implementers, places, public projects, targets. Once per request. */
export const getPublicProgramme = cache(async (slug: string): Promise<PublicProgramme | null> => {
  if (slug.length > 200) return null
  const p = await prisma.programme.findFirst({
    where: { AND: [{ slug }, publicProgrammeWhere] },
    select: {
      ...programmeFieldsSelect,
      projects: {
        where: publicProjectWhere,
        select: listedProjectSelect,
        orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      },
      targets: { where: published, select: outcomeSelect },
    },
  })
  if (!p) return null
  return {
    ...toProgrammeFields(p),
    projects: p.projects.map(toListedProject),
    targets: p.targets.map(toPublicOutcome),
  }
})

/** Published national programmes (across the country, on no place's page), the latest first: for the home page. */
export async function listNationalProgrammes(): Promise<ListedRecord[]> {
  const rows = await prisma.programme.findMany({
    where: { AND: [publicProgrammeWhere, { national: true }] },
    select: listedRecordSelect,
    orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { slug: 'asc' }],
  })
  return rows.map(toListedRecord)
}
