import { getTranslations } from 'next-intl/server'
import type { LineClass } from '@/lib/public/totals'

/** What a total leaves out and why (rates, pledges, withheld, unconverted, taxes), and its estimated conversions. */
export async function TotalCaveats({
  classes: c,
  estimated,
}: {
  classes: Record<LineClass, number>
  estimated: number
}) {
  const t = await getTranslations('costShare')
  const caveats = [
    t('excluded', { count: c.rate + c.pledge }),
    t('withheld', { count: c.withheld }),
    t('unconverted', { count: c.unconverted }),
    t('notCostShare', { count: c.notCostShare }),
    t('estimated', { count: estimated }),
  ].filter(Boolean)
  if (!caveats.length) return null
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-stone-600">
      {caveats.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  )
}
