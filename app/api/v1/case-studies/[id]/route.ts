import { apiError, publicCacheHeaders } from '@/lib/api'
import { minorToNumber } from '@/lib/api-money'
import { getPublicCaseStudy } from '@/lib/case-studies/queries'
import { allLocales } from '@/lib/i18n/localized'

export const dynamic = 'force-dynamic'

const text = (v: unknown) => allLocales(v)

/** GET /api/v1/case-studies/{id or slug} → the case study whole: partners, projects, ledger, outcomes, agreements, sections. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const cs = await getPublicCaseStudy(id)
  if (!cs) return apiError(404, 'not_found', 'no published case study with that id')
  const p = cs.partnership
  return Response.json(
    {
      id: cs.id,
      slug: cs.slug,
      title: text(cs.title),
      source: cs.source && {
        citation: cs.source.citation,
        title: cs.source.title,
        year: cs.source.year,
        pages: [cs.source.pageFirst, cs.source.pageLast],
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
        period: { start: p.startDate, startPrecision: p.startPrecision, end: p.endDate, endPrecision: p.endPrecision },
        territories: p.territories.map((x) => ({
          code: x.territory.code,
          primary: x.isPrimary,
          name: text(x.territory.name),
        })),
        partners: p.parties.map((x) => ({
          name: x.nameAsReported,
          organization: x.organization && { slug: x.organization.slug, name: text(x.organization.name) },
          partyType: x.partyType,
          lead: x.isLead,
          role: text(x.role),
        })),
        projects: p.projects.map((pr) => ({
          id: pr.id,
          title: text(pr.title),
          period: pr.periodAsReported,
          contributions: pr.contributions.map((c) => ({
            party: c.party,
            organization: c.organization?.slug ?? null,
            partyType: c.partyType,
            kind: c.kind,
            amount: minorToNumber(c.amountMinor),
            currency: c.currency,
            amountWithheld: c.amountWithheld,
            valueDate: c.valueDate,
            valueDateEstimated: c.valueDateEstimated,
            share: c.shareMin === null ? null : { min: c.shareMin, max: c.shareMax },
            quantity: c.quantityAsReported,
            basis: c.basis,
            rate: c.basis === 'RATE' ? { unit: c.rateUnit, period: c.ratePeriod } : null,
            pledge: c.isPledge,
            amountKGS: minorToNumber(c.amountKgsMinor),
            amountUSD: minorToNumber(c.amountUsdMinor),
            fx:
              c.amountKgsMinor === null
                ? null
                : {
                    rateToKgs: c.fxRateToKgs,
                    usdRateToKgs: c.fxUsdRateToKgs,
                    date: c.fxRateDate,
                    source: c.fxRateSource,
                    estimated: c.fxEstimated,
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
        agreements: p.agreements.map((a) => ({
          kind: a.kind,
          subject: text(a.subject),
          signed: a.signedDate,
          signedPrecision: a.signedPrecision,
          status: a.status,
          parties: a.parties.map((x) => ({ name: x.nameAsReported, organization: x.organization?.slug ?? null })),
          sourcePage: a.sourcePage,
        })),
      },
    },
    { headers: publicCacheHeaders },
  )
}
