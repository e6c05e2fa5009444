// What an import reports: one problem per (sheet, row, column), with a code the report translates
// (lib/i18n/messages/*/import.json, namespace importProblems). Pure: used by the page, the CLI and the seed.
import type { Locale } from '@/lib/i18n/locales'
import en from '@/lib/i18n/messages/en/import.json' with { type: 'json' }
import ru from '@/lib/i18n/messages/ru/import.json' with { type: 'json' }
import ky from '@/lib/i18n/messages/ky/import.json' with { type: 'json' }

export const problemCodes = [
  'unreadableFile',
  'tooLarge',
  'emptyFile',
  'noKind',
  'sameKindTwice',
  'missingColumn',
  'unknownColumn',
  'duplicateColumn',
  'formula',
  'merged',
  'tooManyRows',
  'required',
  'tooLong',
  'badChoice',
  'badDate',
  'badAmount',
  'badNumber',
  'badInteger',
  'badPercent',
  'badYesNo',
  'badId',
  'duplicateId',
  'clearRequired',
  'unknownRef',
  'otherOrgRecord',
  'unknownOrg',
  'ambiguousOrg',
  'unknownPlace',
  'ambiguousPlace',
  'amountNeedsCurrency',
  'valuationRequired',
  'amountDisagreesWithValuation',
  'unitValueNotInKind',
  'badQuantity',
  'valuationTooLarge',
  'dateOrder',
  'partyRequired',
  'oneParent',
  'leadNotParty',
  'nationalWithPlaces',
  'tinTaken',
  'okpoTaken',
  'badTin',
  'badOkpo',
  'changedMeanwhile',
] as const
export type ProblemCode = (typeof problemCodes)[number]

export type Problem = {
  /** The sheet (XLSX) or file (CSV) name. */
  sheet: string
  /** The row as numbered in the spreadsheet (the header is row 1). */
  row?: number
  column?: string
  code: ProblemCode
  /** Values the message names: the cell's text, the allowed values, candidates. */
  params?: Record<string, string | number>
}

/** Things the report says that are not problems (a file read as Windows-1251, a sheet left aside). */
export type NoteCode = 'decoded1251' | 'ignoredSheet' | 'ignoredFile'
export type Note = { sheet: string; code: NoteCode }

const catalogues = { en, ru, ky } as const

function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m))
}

/** The problem's message in `locale` (without its place). */
export function problemMessage(problem: Problem, locale: Locale): string {
  return fill(catalogues[locale].importProblems[problem.code], problem.params)
}

export function noteMessage(note: Note, locale: Locale): string {
  return fill(catalogues[locale].importNotes[note.code], { sheet: note.sheet })
}

/** One line per problem, for the command line and the seed: "grants.csv, row 4, amount: …". */
export function formatProblems(problems: readonly Problem[], locale: Locale = 'en'): string {
  const labels = catalogues[locale].importReport
  return problems
    .map((p) =>
      [p.sheet, p.row ? `${labels.row} ${p.row}` : null, p.column ?? null, problemMessage(p, locale)]
        .filter(Boolean)
        .join(', '),
    )
    .join('\n')
}

/** Problems are capped so a file with one mistake in every row still gives a readable report. */
export const MAX_PROBLEMS = 1000
