// The casebook in Russian and Kyrgyz, and the Kyrgyz names of places and local governments: every text
// exists in each language with a translation status, and no figure changed on the way.
import { describe, expect, it } from 'vitest'
import { loadCasebookData, loadReferenceData } from '@/prisma/seed/load'
import { buildPlan } from '@/prisma/seed/plan'
import {
  TRANSLATED_LOCALES,
  translatablePaths,
  translationProblems,
  type CasebookTranslations,
} from '@/prisma/seed/plan/translations'

const reference = loadReferenceData()
const casebook = loadCasebookData()
const plan = buildPlan({ ...reference, casebook })
const cb = plan.casebook!

/** Digit groups of a text, thousands separators and decimal marks folded ("2,800,000" = "2 800 000"). */
function figures(text: string): string[] {
  const joined = text.replace(/(?<![\d.,])\d{1,3}(?:[,\u0020\u00a0\u202f\u2009]\d{3})+(?!\d)/g, (m) =>
    m.replace(/\D/g, ''),
  )
  return (joined.match(/\d+/g) ?? []).map((g) => g.replace(/^0+(?=\d)/, '')).sort()
}

describe('the casebook in Russian and Kyrgyz', () => {
  it('translates every text of all 25 case studies into both languages, and nothing else', () => {
    expect(casebook.cases).toHaveLength(25)
    expect(translationProblems(casebook.cases, casebook.translations)).toEqual([])
  })

  it('keeps every figure of the English in each translation', () => {
    const changed: string[] = []
    for (const c of casebook.cases)
      for (const [pointer, english] of translatablePaths(c))
        for (const locale of TRANSLATED_LOCALES) {
          const text = casebook.translations[locale][c.id][pointer]
          if (figures(text).join(' ') !== figures(english).join(' ')) changed.push(`${locale} ${c.id}${pointer}`)
        }
    expect(changed).toEqual([])
  })

  it('the check finds a missing and a stray translation', () => {
    const [first] = casebook.cases
    const broken: CasebookTranslations = structuredClone(casebook.translations)
    delete broken.ky[first.id]['/title']
    broken.ru[first.id]['/id'] = 'x'
    expect(translationProblems(casebook.cases, broken)).toEqual([
      `translations/ru.json: ${first.id}/id is not a translatable text`,
      `translations/ky.json: ${first.id}/title is missing`,
    ])
  })

  it('stores each record text in three languages with a status for each translation', () => {
    const records = [...cb.partnerships, ...cb.projects, ...cb.outcomes, ...cb.agreements, ...cb.caseStudies]
    const statusOf = new Map(cb.textTranslations.map((t) => [`${t.entityId}/${t.field}/${t.locale}`, t.status]))
    let fields = 0
    for (const r of records)
      for (const field of ['title', 'summary', 'description', 'indicator', 'unit', 'note', 'subject']) {
        const text = r[field] as Record<string, string> | null | undefined
        if (!text) continue
        fields++
        for (const locale of TRANSLATED_LOCALES) {
          expect(text[locale], `${r.id} ${field} ${locale}`).toBeTruthy()
          expect(statusOf.get(`${r.id}/${field}/${locale}`), `${r.id} ${field} ${locale}`).toBe('REGISTRY')
        }
      }
    expect(fields).toBeGreaterThan(500)
    for (const s of cb.caseStudySections.filter((x) => x.kind !== 'EDITORIAL_NOTE'))
      expect(s.translationStatus).toEqual({ en: 'ORIGINAL', ru: 'REGISTRY', ky: 'REGISTRY' })
  })

  it('an outcome unit loses its qualifier in every language ("tons (more than, per year)")', () => {
    const units = cb.outcomes.map((o) => o.unit as Record<string, string>)
    const tons = units.find((u) => u.en === 'tons per year')!
    expect(tons.ru).toBe('тонны в год')
    expect(tons.ky).toBe('тонна жылына')
    for (const u of units) for (const l of TRANSLATED_LOCALES) expect(u[l], u.en).not.toMatch(/\((более|андан көп)\)/)
  })
})

describe('Kyrgyz names of places and local governments', () => {
  it('gives every level-3 unit and every LSG body a Kyrgyz name, and marks the ones the registry wrote', () => {
    const level3 = plan.territories.filter((t) => t.level === 3)
    expect(level3).toHaveLength(470)
    for (const t of plan.territories) expect((t.name as Record<string, string>).ky, t.code as string).toBeTruthy()
    for (const b of plan.lsgBodies) expect((b.name as Record<string, string>).ky, b.slug as string).toBeTruthy()
    expect(plan.lsgBodies.find((b) => b.id === lsgBody('KG02205805000'))?.name).toMatchObject({
      ky: 'Ак-Булуң айыл өкмөтү',
    })

    const registry = reference.namesKy.filter((n) => n.status === 'registry')
    const sourced = reference.namesKy.filter((n) => n.status === 'sourced')
    expect(registry.length + sourced.length).toBe(470)
    console.log(`Kyrgyz names of level-3 units: ${sourced.length} sourced, ${registry.length} written by the registry`)
    const marked = new Set(plan.textTranslations.map((t) => `${t.entity}:${t.entityId}`))
    for (const n of registry) expect(marked.has(`Territory:${territory(n.code)}`), n.code).toBe(true)
    for (const n of sourced) expect(marked.has(`Territory:${territory(n.code)}`), n.code).toBe(false)
    expect(plan.textTranslations.filter((t) => t.entity === 'Organization')).toHaveLength(registry.length)
  })
})

const territory = (code: string) => plan.territories.find((t) => t.code === code)!.id
const lsgBody = (code: string) => plan.lsgBodies.find((b) => b.governsTerritoryId === territory(code))!.id
