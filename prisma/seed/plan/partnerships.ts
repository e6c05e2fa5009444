// A case's partnership: its places (as the crosswalk resolved them) and its parties, the lead CSO first.
import type { PlaceResolution } from '@/lib/generated/prisma/enums'
import { parsePartialDate } from '@/lib/dates'
import { partyTypeOfKind } from '@/lib/organizations/kinds'
import { stableId } from '../ids'
import type { CasebookCase } from '../load'
import type { CaseContext, CasebookData, CasebookRows } from './casebook'
import { partyTypeFor } from './organizations'
import type { Reference } from './reference'
import { territoryId } from './rows'
import { caseTexts } from './translations'

const resolutionOf: Record<string, PlaceResolution> = {
  unit: 'UNIT',
  village_to_aiyl_okmot: 'VILLAGE_TO_AIYL_OKMOT',
  rayon_fallback: 'RAYON_FALLBACK',
  oblast_fallback: 'OBLAST_FALLBACK',
}

/** The places of each case; a place the crosswalk could only resolve to its rayon or oblast is reported. */
export function indexPlaces(cb: CasebookData, ref: Reference, problems: string[], fallbacks: string[]) {
  const placesByCase = new Map<string, CasebookData['places']>()
  for (const p of cb.places) {
    if (!ref.units.has(p.territory_code))
      problems.push(`case-places.csv: unknown territory code ${p.territory_code} (${p.case_id})`)
    placesByCase.set(p.case_id, [...(placesByCase.get(p.case_id) ?? []), p])
    if (p.resolution === 'rayon_fallback' || p.resolution === 'oblast_fallback')
      fallbacks.push(
        `${p.case_id}: "${p.place_as_written}" → ${p.territory_code} (${p.resolution.replace('_', ' ')}${p.note ? `: ${p.note}` : ''})`,
      )
  }
  return placesByCase
}

export type PlannedPartnership = ReturnType<typeof planPartnership>

export function planPartnership(c: CasebookCase, ctx: CaseContext, rows: CasebookRows) {
  const { problems, placesByCase, common } = ctx
  const { resolveParty, orgKindById } = ctx.parties
  const { partnerships, partnershipParties, partnershipTerritories } = rows
  const { text } = caseTexts(c, ctx.translations, rows.textTranslations)
  const key = `casebook:${c.id}`
  const partnershipId = stableId(`partnership:${c.id}`)
  const cso = resolveParty(c.id, c.cso.name)
  if (cso && (cso.form !== 'ORGANIZATION' || partyTypeOfKind[orgKindById.get(cso.organizationIds[0])!] !== 'CSO'))
    problems.push(`${c.id}: the case's CSO "${c.cso.name}" must resolve to one CSO organization`)
  const csoId = cso?.organizationIds[0] ?? null

  // Where.
  const places = placesByCase.get(c.id) ?? []
  if (!places.length) problems.push(`case-places.csv has no row for ${c.id}`)
  if (places.length && places.filter((p) => p.primary).length !== 1)
    problems.push(`case-places.csv: ${c.id} needs exactly one primary place`)
  const territoryIds = [...new Set(places.map((p) => territoryId(p.territory_code)))]
  const seenTerritories = new Set<string>()
  for (const p of places) {
    const tid = territoryId(p.territory_code)
    if (seenTerritories.has(tid)) continue
    seenTerritories.add(tid)
    partnershipTerritories.push({
      partnershipId,
      territoryId: tid,
      isPrimary: p.primary,
      placeAsWritten: p.place_as_written || null,
      resolution: resolutionOf[p.resolution],
    })
  }

  const start = parsePartialDate(c.period.start)
  const end = parsePartialDate(c.period.end)
  partnerships.push({
    id: partnershipId,
    slug: c.id,
    title: text({ entity: 'Partnership', entityId: partnershipId, field: 'title' }, '/title'),
    summary: text({ entity: 'Partnership', entityId: partnershipId, field: 'summary' }, '/narrative/summary'),
    sourceLocale: 'en',
    status: end ? 'COMPLETED' : 'UNKNOWN',
    startDate: start?.date ?? null,
    startPrecision: start?.precision ?? null,
    endDate: end?.date ?? null,
    endPrecision: end?.precision ?? null,
    themes: c.themes,
    externalKey: key,
    ...common,
  })

  // Who: the lead CSO, then the partners as the source lists them.
  let position = 0
  if (csoId)
    partnershipParties.push({
      id: stableId(`${key}/party/lead`),
      partnershipId,
      organizationId: csoId,
      nameAsReported: c.cso.name,
      partyType: 'CSO',
      isLead: true,
      role: null,
      position: position++,
    })
  c.partners.forEach((p, i) => {
    const r = resolveParty(c.id, p.name)
    if (!r) return
    const members = r.organizationIds.length ? r.organizationIds : [null]
    members.forEach((orgId, m) => {
      const id = stableId(`${key}/party/${i}/${m}`)
      partnershipParties.push({
        id,
        partnershipId,
        organizationId: orgId,
        nameAsReported: p.name,
        partyType: partyTypeFor(p.type, r, orgKindById),
        isLead: false,
        role: p.role ? text({ entity: 'PartnershipParty', entityId: id, field: 'role' }, `/partners/${i}/role`) : null,
        position: position++,
      })
    })
  })
  return { key, partnershipId, csoId, territoryIds, start }
}
