// The 25 case studies of the 2006 handbook as records, case by case: its partnership, projects (with
// their ledger and outcomes), agreements and case study. Each kind of record has its file here.
import type { SeedData } from '../load'
import { SeedDataError } from '../load'
import { planAgreements } from './agreements'
import { planCaseStudy, planSourceDocuments } from './case-studies'
import { planOrganizations, type Parties } from './organizations'
import { indexPlaces, planPartnership } from './partnerships'
import { planProjects } from './projects'
import type { Reference } from './reference'
import type { LinkRow, Row } from './rows'
import { translationProblems, type CasebookTranslations } from './translations'

export type CasebookData = NonNullable<SeedData['casebook']>

/** What every case's planners read: the crosswalk's tables, the parties, the problems found so far. */
export type CaseContext = {
  problems: string[]
  notConverted: string[]
  ref: Reference
  parties: Parties
  placesByCase: Map<string, CasebookData['places']>
  annotation: Map<string, CasebookData['contributionNotes'][number]>
  outcomeKind: Map<string, CasebookData['outcomeKinds'][number]>
  handbookId: string
  /** The Russian and Kyrgyz texts, or null when the seed runs without them (tests of the mapping). */
  translations: CasebookTranslations | null
  common: { ownerOrganizationId: string; publicationStatus: 'PUBLISHED' }
}

/** The rows the planners add to, case after case. */
export type CasebookRows = ReturnType<typeof emptyRows>

function emptyRows() {
  return {
    partnerships: [] as Row[],
    partnershipParties: [] as Row[],
    partnershipTerritories: [] as LinkRow[],
    projects: [] as Row[],
    projectTerritories: [] as LinkRow[],
    contributions: [] as Row[],
    contributionGroupMembers: [] as LinkRow[],
    outcomes: [] as Row[],
    agreements: [] as Row[],
    agreementParties: [] as Row[],
    caseStudies: [] as Row[],
    caseStudySections: [] as Row[],
    textTranslations: [] as Row[],
  }
}

export function planCasebook(cb: CasebookData, ref: Reference, owner: string) {
  const problems: string[] = []
  const fallbacks: string[] = []
  const notConverted: string[] = []
  const parties = planOrganizations(cb, ref, owner, problems)
  const { aliasByCase } = parties
  const placesByCase = indexPlaces(cb, ref, problems, fallbacks)

  const annotation = new Map(cb.contributionNotes.map((a) => [`${a.case_id}/${a.project_index}/${a.item_index}`, a]))
  const outcomeKind = new Map(cb.outcomeKinds.map((o) => [`${o.case_id}/${o.project_index}/${o.item_index}`, o]))
  const caseIds = new Set(cb.cases.map((c) => c.id))
  for (const [table, keys] of [
    ['case-places.csv', [...placesByCase.keys()]],
    ['party-aliases.csv', [...aliasByCase.keys()]],
    ['outcome-kinds.csv', cb.outcomeKinds.map((o) => o.case_id)],
    ['contribution-annotations.csv', cb.contributionNotes.map((o) => o.case_id)],
  ] as const)
    for (const k of new Set(keys)) if (!caseIds.has(k)) problems.push(`${table}: unknown case id ${k}`)
  if (cb.translations) problems.push(...translationProblems(cb.cases, cb.translations))

  const sourceDocuments = planSourceDocuments()
  const handbookId = sourceDocuments[0].id
  const common = { ownerOrganizationId: owner, publicationStatus: 'PUBLISHED' as const }
  const ctx: CaseContext = {
    problems,
    notConverted,
    ref,
    parties,
    placesByCase,
    annotation,
    outcomeKind,
    handbookId,
    translations: cb.translations,
    common,
  }
  const rows = emptyRows()
  for (const c of cb.cases) {
    const partnership = planPartnership(c, ctx, rows)
    planProjects(c, partnership, ctx, rows)
    planAgreements(c, partnership, ctx, rows)
    planCaseStudy(c, partnership, ctx, rows)
  }

  if (problems.length) throw new SeedDataError('prisma/data/crosswalk', problems)
  return {
    organizations: parties.organizations,
    organizationAliases: parties.organizationAliases,
    sourceDocuments,
    ...rows,
    report: { fallbacks, notConverted },
  }
}
