import { apiError, apiJson } from '@/lib/api/respond'
import { minorToNumber } from '@/lib/money/minor'
import { getMoneyFigures } from '@/lib/public/money'
import { getTerritorySummary } from '@/lib/public/territories'

export const dynamic = 'force-dynamic'

/**
 * GET /api/v1/territories/{code} → one territory, its children, the public records in its subtree and
 * their cost-share. Money counts once at every level (docs/decisions/008-money-by-place.md): a
 * project counts where all its places meet. Unknown amounts and shares are null, never 0.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  if (!/^KG(-[A-Z]{1,2}|\d{11})$/.test(code))
    return apiError(404, 'not_found', `no territory with code ${code.slice(0, 40)}`)
  const t = await getTerritorySummary(code)
  if (!t) return apiError(404, 'not_found', `no territory with code ${code}`)
  const { path, ...body } = t
  const [money, direct] = await Promise.all([
    getMoneyFigures({ kind: 'subtree', path }),
    getMoneyFigures({ kind: 'direct', path }),
  ])
  const c = money.classes
  return apiJson({
    ...body,
    costShare: money.rows.map((r) => ({
      partyType: r.partyType,
      amountKGS: minorToNumber(r.amount?.kgsMinor ?? null),
      amountUSD: minorToNumber(r.amount?.usdMinor ?? null),
      share: r.share,
      contributions: r.lines,
      withAmount: r.counted,
      withoutAmount: r.lines - r.counted,
      withheld: r.classes.withheld,
      excluded: r.classes.rate + r.classes.pledge + r.classes.notCostShare,
    })),
    costShareTotals: {
      amountKGS: minorToNumber(money.total?.kgsMinor ?? null),
      amountUSD: minorToNumber(money.total?.usdMinor ?? null),
      directKGS: minorToNumber(direct.total?.kgsMinor ?? null),
      contributions: money.lines,
      withAmount: money.counted,
      withheld: c.withheld,
      excluded: c.rate + c.pledge + c.notCostShare,
      unconverted: c.unconverted,
      // Counted lines whose som figure is an estimated conversion (those entered in som never are).
      estimated: money.estimated.kgs,
      estimatedUsd: money.estimated.usd,
    },
  })
}
