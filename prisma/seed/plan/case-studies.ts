// The source the casebook comes from, and each case's case study with its sections.
import { stableId } from '../ids'
import type { CasebookCase } from '../load'
import type { CaseContext, CasebookRows } from './casebook'
import type { PlannedPartnership } from './partnerships'
import { HANDBOOK_KEY, territoryId, type Row } from './rows'

export function planSourceDocuments(): Row[] {
  return [
    {
      id: stableId(`source:${HANDBOOK_KEY}`),
      key: HANDBOOK_KEY,
      title: 'Counterpart Sheriktesh case study handbook: CSO–government partnerships in Kyrgyzstan',
      publisher: 'Counterpart Sheriktesh (AKDN Civil Society Programme funding)',
      year: 2006,
      citation: 'Counterpart handbook, 2006',
    },
  ]
}

export function planCaseStudy(c: CasebookCase, partnership: PlannedPartnership, ctx: CaseContext, rows: CasebookRows) {
  const { problems, ref, handbookId, common } = ctx
  const { caseStudies, caseStudySections } = rows
  const { key, partnershipId, csoId } = partnership
  const chapter = [...ref.units.values()].find((u) => u.level === 1 && u.name_en === c.handbookSection)
  if (!chapter) problems.push(`${c.id}: handbook chapter "${c.handbookSection}" names no oblast`)
  const caseStudyId = stableId(`case-study:${c.id}`)
  caseStudies.push({
    id: caseStudyId,
    slug: c.id,
    title: { en: c.title },
    sourceLocale: 'en',
    partnershipId,
    organizationId: csoId,
    sourceDocumentId: handbookId,
    sourcePageFirst: c.source.pages[0],
    sourcePageLast: c.source.pages[1],
    sourceChapterTerritoryId: chapter ? territoryId(chapter.code) : null,
    externalKey: key,
    ...common,
  })
  const n = c.narrative
  const sections: [string, string[]][] = [
    ['SUMMARY', [n.summary]],
    ['BACKGROUND', [n.background]],
    ['DEVELOPMENT', [n.development]],
    ['CHALLENGES', [n.challenges]],
    ['OUTCOMES', [n.outcomes]],
    ['SUCCESS_FACTOR', n.successFactors],
    ['LESSON', n.lessons],
    ['EDITORIAL_NOTE', c.uncertain],
  ]
  for (const [kind, bodies] of sections)
    bodies.forEach((body, position) => {
      if (body.trim())
        caseStudySections.push({
          id: stableId(`${key}/section/${kind}/${position}`),
          caseStudyId,
          kind,
          position,
          body: { en: body },
        })
    })
}
