// The source the casebook comes from, and each case's case study with its sections.
import { stableId } from '../ids'
import type { CasebookCase } from '../load'
import type { CaseContext, CasebookRows } from './casebook'
import type { PlannedPartnership } from './partnerships'
import { HANDBOOK_KEY, territoryId, type Row } from './rows'
import { caseTexts } from './translations'

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
  const { text } = caseTexts(c, ctx.translations, rows.textTranslations)
  const chapter = [...ref.units.values()].find((u) => u.level === 1 && u.name_en === c.handbookSection)
  if (!chapter) problems.push(`${c.id}: handbook chapter "${c.handbookSection}" names no oblast`)
  const caseStudyId = stableId(`case-study:${c.id}`)
  caseStudies.push({
    id: caseStudyId,
    slug: c.id,
    title: text({ entity: 'CaseStudy', entityId: caseStudyId, field: 'title' }, '/title'),
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
  // [kind, texts, pointer of each text in the case (null: not translated, the editorial notes)]
  const sections: [string, string[], (i: number) => string | null][] = [
    ['SUMMARY', [n.summary], () => '/narrative/summary'],
    ['BACKGROUND', [n.background], () => '/narrative/background'],
    ['DEVELOPMENT', [n.development], () => '/narrative/development'],
    ['CHALLENGES', [n.challenges], () => '/narrative/challenges'],
    ['OUTCOMES', [n.outcomes], () => '/narrative/outcomes'],
    ['SUCCESS_FACTOR', n.successFactors, (i) => `/narrative/successFactors/${i}`],
    ['LESSON', n.lessons, (i) => `/narrative/lessons/${i}`],
    ['EDITORIAL_NOTE', c.uncertain, () => null],
  ]
  for (const [kind, bodies, pointerOf] of sections)
    bodies.forEach((body, position) => {
      if (!body.trim()) return
      // A section keeps its translation status in its own column, which the case-study form edits.
      const pointer = pointerOf(position)
      const texts = pointer ? text(null, pointer) : { en: body }
      caseStudySections.push({
        id: stableId(`${key}/section/${kind}/${position}`),
        caseStudyId,
        kind,
        position,
        body: texts,
        translationStatus: Object.fromEntries(Object.keys(texts).map((l) => [l, l === 'en' ? 'ORIGINAL' : 'REGISTRY'])),
      })
    })
}
