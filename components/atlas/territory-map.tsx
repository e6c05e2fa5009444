import { getTranslations } from 'next-intl/server'
import { ChoroplethMap, type ChoroplethShape } from '@/components/map/choropleth-map'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { placeHref } from '@/lib/i18n/paths'
import { getMapShapes } from '@/lib/map/boundaries'
import { listTerritoriesWithCountsCached } from '@/lib/public/cached'
import type { TerritoryPage, TerritoryWithCounts } from '@/lib/public/territories'

/**
 * The map of a territory page: an oblast shows its rayons and cities coloured by case studies; a rayon
 * or city shows its outline within the oblast; an aiyl okmot or town (no shapes of their own yet) shows
 * its rayon within the oblast; a city of republican significance shows itself within the country.
 */
export async function TerritoryMap({
  territory,
  childrenCounts,
  locale,
}: {
  territory: TerritoryPage
  childrenCounts: TerritoryWithCounts[]
  locale: Locale
}) {
  const t = await getTranslations('place')
  const name = (names: unknown) => pickLocalized(names, locale)
  const toShapes = async (units: TerritoryWithCounts[]): Promise<ChoroplethShape[]> => {
    const byCode = new Map(units.map((u) => [u.code, u]))
    return (await getMapShapes(units.map((u) => u.code))).map((s) => {
      const u = byCode.get(s.code)!
      const n = name(u.names)
      return {
        code: s.code,
        name: n?.text ?? s.code,
        nameLang: n?.isFallback ? n.locale : undefined,
        href: `/${locale}${placeHref(u.path)}`,
        value: u.caseStudies,
        valueLabel: t('counts.caseStudies', { count: u.caseStudies }),
        geometry: s.geometry,
      }
    })
  }
  const ownName = name(territory.names)?.text ?? territory.code

  if (territory.level === 1 && childrenCounts.length) {
    return (
      <ChoroplethMap
        title={t('mapOfRayons', { name: ownName })}
        legendTitle={t('childCaseStudies')}
        shapes={await toShapes(childrenCounts)}
      />
    )
  }
  // Outline: the unit among its siblings; below rayon level, its rayon among the oblast's rayons.
  const oblast = territory.ancestors[0]
  const focus = territory.level === 3 ? territory.ancestors[1] : territory
  const siblings = await listTerritoriesWithCountsCached(oblast ? { id: oblast.id, path: oblast.path } : null)
  const shapes = await toShapes(siblings)
  if (!shapes.length) return null
  const focusName = name(focus.names)?.text ?? focus.code
  return (
    <div className="space-y-2">
      <ChoroplethMap
        mode="outline"
        title={
          oblast
            ? t('mapWithinOblast', { name: focusName, oblast: name(oblast.names)?.text ?? oblast.code })
            : t('mapInCountry', { name: focusName })
        }
        shapes={shapes}
        highlightCode={focus.code}
      />
      {territory.level === 3 ? <p className="text-sm text-stone-600">{t('noShapes')}</p> : null}
    </div>
  )
}
