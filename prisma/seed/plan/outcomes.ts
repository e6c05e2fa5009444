// A project's outcomes, with the kind the crosswalk gives each (baseline, target, result, context) and the
// qualifier the casebook writes after its unit.
import { Prisma } from '@/lib/generated/prisma/client'
import type { OutcomeKind, ValueQualifier } from '@/lib/generated/prisma/enums'
import { stableId } from '../ids'
import type { CasebookCase } from '../load'
import type { CaseContext, CasebookRows } from './casebook'
import { caseTexts } from './translations'

const qualifierWords: Record<string, ValueQualifier> = {
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'at least': 'AT_LEAST',
  around: 'ABOUT',
  about: 'ABOUT',
  approximately: 'ABOUT',
  almost: 'UP_TO',
}
const qualifierPrefix = new RegExp(`^(${Object.keys(qualifierWords).join('|')})(?=$|[\\s,])\\s*(.*)$`, 'i')
const figure = /^(\d[\d,]*(?:\.\d+)?)(?:\s*[-–]\s*\d[\d,]*(?:\.\d+)?)?$/

/**
 * The casebook writes a value's qualifier in brackets after its unit (ADR 004):
 * - "hectares (more than)" → hectares, MORE_THAN;
 * - "tons (more than, per year)" → "tons per year", MORE_THAN (what follows the comma belongs to the unit);
 * - "children (at least 150-200)" → children, AT_LEAST, with the figure restated: `restatedFrom` is its
 *   lower end (150), which must be the value; the stored figure is "at least 150", the range stays in the note.
 * Brackets that do not start with a qualifier ("people (10-12)"), or whose qualifier is about something else
 * ("KGS (around $2,000)", a dollar equivalent), stay in the unit and the value is EXACT.
 */
export function parseUnit(text: string): { unit: string; qualifier: ValueQualifier; restatedFrom: number | null } {
  const kept = { unit: text, qualifier: 'EXACT' as ValueQualifier, restatedFrom: null }
  const m = /^(.*\S)\s+\(([^()]+)\)$/.exec(text)
  const q = m ? qualifierPrefix.exec(m[2].trim()) : null
  if (!m || !q) return kept
  const [restated, ...unitParts] = q[2].split(/,(?!\d)/).map((part) => part.trim())
  const from = restated ? figure.exec(restated) : null
  if (restated && !from) return kept
  return {
    unit: [m[1], ...unitParts].filter(Boolean).join(' '),
    qualifier: qualifierWords[q[1].toLowerCase()],
    restatedFrom: from ? Number(from[1].replaceAll(',', '')) : null,
  }
}

/** A translated unit loses its bracket the way the English one did: "тонны (более, в год)" → "тонны в год". */
function withoutQualifier(text: string): string {
  const m = /^(.*\S)\s+\(([^()]+)\)$/.exec(text)
  if (!m) return text
  const rest = m[2]
    .split(/,(?!\d)/)
    .slice(1)
    .map((part) => part.trim())
  return [m[1], ...rest].filter(Boolean).join(' ')
}

export function planOutcomes(
  c: CasebookCase,
  p: CasebookCase['projects'][number],
  pi: number,
  { projectId, projectKey }: { projectId: string; projectKey: string },
  ctx: CaseContext,
  rows: CasebookRows,
) {
  const { problems, outcomeKind, handbookId, common } = ctx
  const { outcomes } = rows
  const { text } = caseTexts(c, ctx.translations, rows.textTranslations)
  p.outcomes.forEach((o, oi) => {
    const kindRow = outcomeKind.get(`${c.id}/${pi}/${oi}`)
    if (!kindRow) return void problems.push(`outcome-kinds.csv has no row for ${c.id} project ${pi} outcome ${oi}`)
    if (kindRow.indicator_start && !o.indicator.startsWith(kindRow.indicator_start.trim()))
      problems.push(
        `outcome-kinds.csv: ${c.id} project ${pi} outcome ${oi} names "${kindRow.indicator_start}", the casebook "${o.indicator.slice(0, 30)}"`,
      )
    const { unit, qualifier, restatedFrom } = parseUnit(o.unit)
    if (restatedFrom !== null && restatedFrom !== o.value)
      problems.push(
        `${c.id} project ${pi} outcome ${oi}: the unit "${o.unit}" restates ${restatedFrom}, the value is ${o.value}`,
      )
    const id = stableId(`${projectKey}/o${oi}`)
    const at = `/projects/${pi}/outcomes/${oi}`
    outcomes.push({
      id,
      projectId,
      programmeId: null,
      indicator: text({ entity: 'Outcome', entityId: id, field: 'indicator' }, `${at}/indicator`),
      value: new Prisma.Decimal(String(o.value)),
      qualifier,
      unit: text({ entity: 'Outcome', entityId: id, field: 'unit' }, `${at}/unit`, (s) =>
        // the English is parsed above; a translation loses its bracket only where the English did
        s === o.unit ? unit : unit === o.unit ? s : withoutQualifier(s),
      ),
      kind: kindRow.kind.toUpperCase() as OutcomeKind,
      date: null,
      datePrecision: null,
      disaggregation: null,
      theme: null,
      note: o.note ? text({ entity: 'Outcome', entityId: id, field: 'note' }, `${at}/note`) : null,
      sourceDocumentId: handbookId,
      sourcePage: o.page,
      position: oi,
      externalKey: `${projectKey}/o${oi}`,
      ...common,
    })
  })
}
