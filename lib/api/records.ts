// Public records as the JSON API answers them, typed by the schemas of the OpenAPI document
// (./schemas.ts). The records come masked from lib/public; these only reshape them.
import type { z } from 'zod'
import { organizationHref, partnershipHref, programmeHref, projectHref } from '@/lib/i18n/paths'
import { minorToNumber } from '@/lib/money/minor'
import type { CatalogOrganization, CatalogPartnership, CatalogProgramme } from '@/lib/public/catalog'
import type { OrgRef, PartialDate, PartyRef, Place } from '@/lib/public/dto'
import type { IatiProject } from '@/lib/public/iati'
import { textJson as text } from './shapes'
import type * as S from './schemas'

type Out<T extends z.ZodType> = z.infer<T>

const date = (d: PartialDate | null): Out<typeof S.PartialDate> | null =>
  d && { date: d.date.toISOString().slice(0, 10), precision: d.precision }
const money = (m: { minor: bigint; currency: string } | null): Out<typeof S.Money> | null =>
  m && { amount: Number(m.minor) / 100, currency: m.currency }
const org = (o: OrgRef | null) => o && { slug: o.slug, name: text(o.name) }
const party = (p: PartyRef) => ({ name: p.asReported, organization: org(p.organization) })
const placeRef = (p: Place): Out<typeof S.PlaceRef> => ({
  code: p.code,
  level: p.level,
  kind: p.kind,
  name: text(p.name),
})

export function projectJson(p: IatiProject, origin: string): Out<typeof S.Project> {
  return {
    id: p.id,
    title: text(p.title),
    description: p.description && text(p.description),
    start: date(p.start),
    end: date(p.end),
    periodAsReported: p.periodAsReported,
    partnership: p.partnership && { slug: p.partnership.slug, title: text(p.partnership.title) },
    programme: p.programme && { slug: p.programme.slug, title: text(p.programme.title) },
    places: p.places.map(placeRef),
    contributions: p.contributions.map((c) => ({
      id: c.id,
      party: party(c.party),
      partyType: c.partyType,
      kind: c.kind,
      nature: c.nature,
      withheld: c.withheld,
      amount: money(c.amount),
      amountKGS: minorToNumber(c.converted?.kgsMinor ?? null),
      amountUSD: minorToNumber(c.converted?.usdMinor ?? null),
      valueDate: date(c.valueDate),
      pledge: c.pledge,
      counted: c.class,
      fromGrant: c.isGrant,
    })),
    outcomes: p.outcomes.map((o) => ({
      id: o.id,
      indicator: text(o.indicator),
      value: o.value,
      qualifier: o.qualifier,
      unit: o.unit && text(o.unit),
      kind: o.kind,
      date: date(o.date),
    })),
    grants: p.grants.map((g) => ({
      id: g.id,
      title: g.title && text(g.title),
      funder: org(g.funder),
      recipient: org(g.recipient),
      amount: money(g.amount),
      withheld: g.withheld,
      start: date(g.start),
      end: date(g.end),
    })),
    url: `${origin}/en${projectHref(p.id)}`,
  }
}

export const organizationJson = (o: CatalogOrganization, origin: string): Out<typeof S.Organization> => ({
  slug: o.slug,
  kind: o.kind,
  name: text(o.name),
  foundedYear: o.foundedYear,
  homeTerritory: o.homeTerritory && placeRef(o.homeTerritory),
  governsTerritory: o.governsTerritory && placeRef(o.governsTerritory),
  url: `${origin}/en${organizationHref(o.slug)}`,
})

export const partnershipJson = (p: CatalogPartnership, origin: string): Out<typeof S.Partnership> => ({
  slug: p.slug,
  title: text(p.title),
  summary: p.summary && text(p.summary),
  status: p.status,
  start: date(p.start),
  end: date(p.end),
  themes: p.themes,
  parties: p.parties.map((x) => ({ ...party(x), partyType: x.partyType, isLead: x.isLead })),
  places: p.places.map(placeRef),
  url: `${origin}/en${partnershipHref(p.slug)}`,
})

export const programmeJson = (p: CatalogProgramme, origin: string): Out<typeof S.Programme> => ({
  slug: p.slug,
  title: text(p.title),
  description: p.description && text(p.description),
  start: date(p.start),
  end: date(p.end),
  budget: money(p.budget),
  themes: p.themes,
  parties: p.parties.map((x) => ({
    organization: { slug: x.organization.slug, name: text(x.organization.name) },
    role: x.role,
  })),
  places: p.places.map(placeRef),
  url: `${origin}/en${programmeHref(p.slug)}`,
})
