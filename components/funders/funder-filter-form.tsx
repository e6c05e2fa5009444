import { getTranslations } from 'next-intl/server'
import { PlaceFilter, type PlaceFilterOption } from '@/components/case-studies/filter-fields'
import { FilterSelect, YearRange } from '@/components/ui/filter-fields'
import { funderQueryString, type FunderQuery } from '@/lib/funders/filters'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { listTerritoriesByLevel } from '@/lib/public/territories'
import { themes } from '@/lib/themes'

/**
 * The filters of the funder's view, in the URL: years (a reversed range says so), oblast → rayon
 * (cascading without a reload, as in the case-study filter) and theme. `years` are the typed years as
 * they came in the address, so a reversed range is shown as it was written.
 */
export async function FunderFilterForm({
  locale,
  href,
  query,
  years,
}: {
  locale: Locale
  /** The page's path without the locale: the "clear" link. */
  href: string
  query: FunderQuery
  years: { from: string; to: string }
}) {
  const [t, te, oblastUnits, rayonUnits] = await Promise.all([
    getTranslations(),
    getTranslations('enums'),
    listTerritoriesByLevel(1),
    listTerritoriesByLevel(2),
  ])
  const options = (units: typeof oblastUnits): PlaceFilterOption[] =>
    units
      .map((u) => ({ code: u.code, parentCode: u.parentCode, label: pickLocalized(u.names, locale)?.text ?? u.code }))
      .sort((a, b) => a.label.localeCompare(b.label, locale))
  const active =
    query.from !== undefined || query.to !== undefined || query.oblast || query.theme || query.yearsReversed
  return (
    <form
      method="get"
      className="grid grid-cols-1 gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      aria-label={t('funders.filters')}
      data-funder-filters
    >
      <YearRange
        from={years.from}
        to={years.to}
        labels={{ from: t('funders.from'), to: t('funders.to'), reversed: t('browse.yearsReversed') }}
      />
      <PlaceFilter
        depth={2}
        oblasts={options(oblastUnits)}
        rayons={options(rayonUnits)}
        aiylOkmots={[]}
        selected={{ oblast: query.oblast ?? null, rayon: query.rayon ?? null, ao: null }}
        labels={{
          oblast: t('funders.oblast'),
          rayon: t('browse.rayon'),
          any: t('funders.any'),
          chooseOblastFirst: t('browse.chooseOblastFirst'),
        }}
      />
      <FilterSelect
        name="theme"
        label={t('funders.theme')}
        any={t('funders.any')}
        value={query.theme ?? ''}
        options={themes
          .map((th) => ({ value: th, label: enumLabel(te, 'theme', th) }))
          .sort((a, b) => a.label.localeCompare(b.label, locale))}
      />
      {query.currency === 'USD' ? <input type="hidden" name="currency" value="USD" /> : null}
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t('funders.apply')}
        </button>
        {active ? (
          <Link href={`${href}${funderQueryString({ currency: query.currency })}`} className="text-brand-800 underline">
            {t('funders.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  )
}

/** What the filters leave out and how a place filter counts, under the form. */
export async function FunderFilterNotes({
  yearUnknownExcluded,
  query,
}: {
  yearUnknownExcluded: number
  query: FunderQuery
}) {
  const t = await getTranslations('funders')
  if (!yearUnknownExcluded && !query.oblast) return null
  return (
    <ul className="space-y-1 text-sm text-stone-600" data-filter-notes>
      {yearUnknownExcluded ? <li>{t('yearUnknownExcluded', { count: yearUnknownExcluded })}</li> : null}
      {query.rayon ? <li>{t('rayonFilterNote')}</li> : query.oblast ? <li>{t('oblastFilterNote')}</li> : null}
    </ul>
  )
}
