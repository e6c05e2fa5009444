import { apiError, publicCacheHeaders } from '@/lib/api'
import { minorToNumber } from '@/lib/api-money'
import { getCostShare } from '@/lib/atlas/queries'
import { getTerritorySummary } from '@/lib/territories/queries'

export const dynamic = 'force-dynamic'

/** GET /api/v1/territories/{code} → one territory, its children, the published records in its subtree and their cost-share. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  if (!/^KG(-[A-Z]{1,2}|\d{11})$/.test(code))
    return apiError(404, 'not_found', `no territory with code ${code.slice(0, 40)}`)
  const t = await getTerritorySummary(code)
  if (!t) return apiError(404, 'not_found', `no territory with code ${code}`)
  const { path, ...body } = t
  const costShare = await getCostShare(path)
  return Response.json(
    {
      ...body,
      // Shares are fractions of the converted KGS total of contributions that can be added up (rates,
      // pledges and withheld amounts excluded); counts say how many rows each figure rests on.
      costShare: costShare.rows.map((r) => ({
        partyType: r.partyType,
        amountKGS: minorToNumber(r.amountKgsMinor),
        amountUSD: minorToNumber(r.amountUsdMinor),
        share: r.share,
        contributions: r.contributions,
        withAmount: r.withAmount,
        withoutAmount: r.withoutAmount,
        withheld: r.withheld,
        excluded: r.excluded,
      })),
      costShareTotals: {
        amountKGS: minorToNumber(costShare.totals.kgsMinor),
        amountUSD: minorToNumber(costShare.totals.usdMinor),
        contributions: costShare.totals.contributions,
        withAmount: costShare.totals.withAmount,
        withheld: costShare.totals.withheld,
        excluded: costShare.totals.excluded,
        unconverted: costShare.totals.unconverted,
        estimated: costShare.totals.estimated,
      },
    },
    { headers: publicCacheHeaders },
  )
}
