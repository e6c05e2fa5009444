// The casebook's texts in Russian and Kyrgyz (prisma/data/casebook/translations/{ru,ky}.json): each
// translatable string of a case, by its JSON pointer inside the case, translated by the registry from
// our English records and not yet reviewed by the organizations. Every text a planner writes goes
// through `CaseTexts.text`, which returns {en, ru, ky} and records each translation's status
// (docs/decisions/013-translations.md).
import { createHash } from 'node:crypto'
import { stableId } from '../ids'
import type { CasebookCase } from '../load'
import type { Row } from './rows'

export const TRANSLATED_LOCALES = ['ru', 'ky'] as const
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number]
/** Per language: case id → pointer → text. */
export type CasebookTranslations = Record<TranslatedLocale, Record<string, Record<string, string>>>

/** Every translatable string of a case, by pointer (non-empty strings only): what the files must cover. */
export function translatablePaths(c: CasebookCase): Map<string, string> {
  const out = new Map<string, string>()
  const add = (pointer: string, value: string | null | undefined) => {
    if (value?.trim()) out.set(pointer, value)
  }
  add('/title', c.title)
  add('/location/settlement', c.location.settlement)
  c.partners.forEach((p, n) => {
    add(`/partners/${n}/name`, p.name)
    add(`/partners/${n}/role`, p.role)
  })
  c.projects.forEach((p, n) => {
    add(`/projects/${n}/title`, p.title)
    add(`/projects/${n}/description`, p.description)
    p.outcomes.forEach((o, m) => {
      add(`/projects/${n}/outcomes/${m}/indicator`, o.indicator)
      add(`/projects/${n}/outcomes/${m}/unit`, o.unit)
      add(`/projects/${n}/outcomes/${m}/note`, o.note)
    })
    p.contributions.forEach((x, m) => {
      add(`/projects/${n}/contributions/${m}/note`, x.note)
      add(`/projects/${n}/contributions/${m}/party`, x.party)
      add(`/projects/${n}/contributions/${m}/quantity`, x.quantity)
    })
  })
  c.agreements.forEach((a, n) => {
    add(`/agreements/${n}/subject`, a.subject)
    a.parties.forEach((party, m) => add(`/agreements/${n}/parties/${m}`, party))
  })
  const n = c.narrative
  for (const key of ['summary', 'background', 'development', 'challenges', 'outcomes'] as const)
    add(`/narrative/${key}`, n[key])
  n.successFactors.forEach((s, i) => add(`/narrative/successFactors/${i}`, s))
  n.lessons.forEach((s, i) => add(`/narrative/lessons/${i}`, s))
  return out
}

/** Missing and unknown pointers of the translation files, as seed problems. */
export function translationProblems(cases: CasebookCase[], translations: CasebookTranslations): string[] {
  const problems: string[] = []
  const ids = new Set(cases.map((c) => c.id))
  for (const locale of TRANSLATED_LOCALES) {
    const file = `translations/${locale}.json`
    for (const id of Object.keys(translations[locale])) if (!ids.has(id)) problems.push(`${file}: unknown case ${id}`)
    for (const c of cases) {
      const given = translations[locale][c.id] ?? {}
      const wanted = translatablePaths(c)
      for (const pointer of wanted.keys()) if (!given[pointer]) problems.push(`${file}: ${c.id}${pointer} is missing`)
      for (const pointer of Object.keys(given))
        if (!wanted.has(pointer)) problems.push(`${file}: ${c.id}${pointer} is not a translatable text`)
    }
  }
  return problems
}

export const sourceHash = (text: string) => createHash('sha256').update(text).digest('hex')

/** Where a text goes: the record and its column. */
export type TextTarget = { entity: string; entityId: string; field: string }

/**
 * The texts of one case: `text(target, pointer)` gives the field's {en, ru, ky} and adds a REGISTRY
 * status row per translated language (none for a null target: the caller records the status itself). `reshape` applies to every language what the planner does to
 * the English (an outcome unit loses its qualifier in parentheses).
 */
export function caseTexts(c: CasebookCase, translations: CasebookTranslations | null, statusRows: Row[]) {
  const source = translatablePaths(c)
  return {
    text(
      target: TextTarget | null,
      pointer: string,
      reshape: (s: string) => string = (s) => s,
    ): Record<string, string> {
      const en = source.get(pointer)
      if (en === undefined) throw new Error(`${c.id}${pointer} is not a translatable text of the casebook`)
      const out: Record<string, string> = { en: reshape(en) }
      for (const locale of TRANSLATED_LOCALES) {
        const translated = translations?.[locale][c.id]?.[pointer]
        if (!translated) continue
        out[locale] = reshape(translated)
        if (!target) continue
        const { entity, entityId, field } = target
        statusRows.push({
          id: stableId(`text:${entity}:${entityId}:${field}:${locale}`),
          entity,
          entityId,
          field,
          locale,
          status: 'REGISTRY',
          sourceLocale: 'en',
          sourceHash: sourceHash(out.en),
        })
      }
      return out
    },
  }
}
export type CaseTexts = ReturnType<typeof caseTexts>
