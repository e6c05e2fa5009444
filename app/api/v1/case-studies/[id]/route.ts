import { apiError, apiJson } from '@/lib/api/respond'
import { dateJson as date, memorandumJson, partyJson as party, textJson as text } from '@/lib/api/shapes'
import { minorToNumber } from '@/lib/money/minor'
import { getPublicCaseStudy } from '@/lib/public/case-studies'

export const dynamic = 'force-dynamic'

/**
 * GET /api/v1/case-studies/{id or slug} → the case study whole: partners, projects, ledger, outcomes,
 * agreements, sections. A withheld amount is null with everything derived from it (share, quantity,
 * rate, value date, conversions, notes); an amount never stated is null, never 0.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const origin = new URL(request.url).origin
  const { id } = await params
  const cs = await getPublicCaseStudy(id)
  if (!cs) return apiError(404, 'not_found', 'no published case study with that id')
  const p = cs.partnership
  return apiJson({
    id: cs.id,
    slug: cs.slug,
    title: text(cs.title),
    source: cs.source && {
      citation: cs.source.citation,
      title: cs.source.title,
      year: cs.source.year,
      pages: [cs.source.pageFirst, cs.source.pageLast],
      chapter: cs.source.chapter && { code: cs.source.chapter.code, name: text(cs.source.chapter.name) },
    },
    organization: cs.organization && {
      slug: cs.organization.slug,
      name: text(cs.organization.name),
      kind: cs.organization.kind,
    },
    sections: Object.fromEntries(Object.entries(cs.sections).map(([k, v]) => [k, v.map(text)])),
    partnership: p && {
      slug: p.slug,
      title: text(p.title),
      status: p.status,
      themes: p.themes,
      period: { start: date(p.start), end: date(p.end) },
      territories: p.places.map((x) => ({ code: x.code, primary: x.isPrimary, name: text(x.name) })),
      partners: p.parties.map((x) => ({ ...party(x), partyType: x.partyType, lead: x.isLead, role: text(x.role) })),
      total: {
        amountKGS: minorToNumber(p.costShare.total?.kgsMinor ?? null),
        amountUSD: minorToNumber(p.costShare.total?.usdMinor ?? null),
        contributions: p.costShare.lines,
        withAmount: p.costShare.classes.counted,
        withheld: p.costShare.classes.withheld,
      },
      projects: p.projects.map((pr) => ({
        id: pr.id,
        title: text(pr.title),
        period: pr.periodAsReported,
        contributions: pr.contributions.map((c) => ({
          ...party(c.party),
          partyType: c.partyType,
          kind: c.kind,
          nature: c.nature,
          amountWithheld: c.withheld,
          countsInTotals: c.class === 'counted',
          amount: minorToNumber(c.amount?.minor ?? null),
          currency: c.amount?.currency ?? null,
          valueDate: c.valueDate?.date ?? null,
          valueDateEstimated: c.valueDate?.estimated ?? null,
          share: c.share,
          quantity: c.quantity?.asReported ?? null,
          rate: c.rate,
          pledge: c.pledge,
          amountKGS: minorToNumber(c.converted?.kgsMinor ?? null),
          amountUSD: minorToNumber(c.converted?.usdMinor ?? null),
          fx: c.converted && {
            rateToKgs: c.converted.rateToKgs,
            usdRateToKgs: c.converted.usdRateToKgs,
            date: c.converted.rateDate,
            source: c.converted.source,
            estimated: c.converted.estimated,
          },
          note: text(c.note),
          sourcePage: c.source?.page ?? null,
        })),
        outcomes: pr.outcomes.map((o) => ({
          indicator: text(o.indicator),
          value: o.value,
          qualifier: o.qualifier,
          unit: text(o.unit),
          kind: o.kind,
          note: text(o.note),
          sourcePage: o.source?.page ?? null,
        })),
      })),
      agreements: p.agreements.map((a) => memorandumJson(a, origin)),
    },
  })
}
