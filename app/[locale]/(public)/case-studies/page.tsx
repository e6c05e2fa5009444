import { DownloadData } from '@/components/export/download-data'
import { getTranslations } from 'next-intl/server'
import { FilterSelect, YearRange } from '@/components/ui/filter-fields'
import { LocalizedText } from '@/components/ui/localized-text'
import { ThemeChips } from '@/components/ui/theme-chips'
import { PlaceFilter, type PlaceFilterOption } from '@/components/case-studies/filter-fields'
import { parseCaseStudyFilters } from '@/lib/case-studies/filters'
import { listDonorsInUse, listPublicCaseStudies } from '@/lib/public/case-studies'
import { enumLabel } from '@/lib/i18n/enums'
import { periodText } from '@/lib/i18n/period'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { messageShare } from '@/lib/og/metadata'
import { caseStudyHref } from '@/lib/i18n/paths'
import { partyTypes } from '@/lib/organizations/kinds'
import { listTerritoriesByLevel, listTerritoryChoices, type TerritoryListItem } from '@/lib/public/territories'
import { themes } from '@/lib/themes'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = messageShare('browse', 'title', '/case-studies')

export default async function CaseStudiesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const raw = await searchParams
  const [t, te] = await Promise.all([getTranslations(), getTranslations('enums')])
  // The place filter cascades oblast → rayon → aiyl okmot; a level that does not belong to the one above is ignored.
  const choices = await listTerritoryChoices(one(raw.oblast), one(raw.rayon), one(raw.ao))
  const filters = parseCaseStudyFilters({ ...raw, territory: choices.selected ?? undefined })
  const [rows, donors, ...levels] = await Promise.all([
    listPublicCaseStudies(filters),
    listDonorsInUse(),
    listTerritoriesByLevel(1),
    listTerritoriesByLevel(2),
    listTerritoriesByLevel(3),
  ])
  const name = (v: unknown) => pickLocalized(v, locale)?.text ?? ''
  // Every unit goes to the place filter, so that it cascades in the browser without asking the server.
  const [oblasts, rayons, aiylOkmots] = levels.map((units: TerritoryListItem[]): PlaceFilterOption[] =>
    units
      .map((u) => ({ code: u.code, parentCode: u.parentCode, label: name(u.names) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  )
  const themeOptions = [...themes]
    .map((th) => ({ value: th, label: enumLabel(te, 'theme', th) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale))
  const active = Object.keys(filters).length > 0

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight text-stone-950">{t('browse.title')}</h1>
        <p className="mt-2 max-w-3xl text-stone-700">{t('browse.lead')}</p>
      </header>

      <form
        method="get"
        className="grid grid-cols-[minmax(0,1fr)] gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
        aria-label={t('browse.filters')}
      >
        <PlaceFilter
          oblasts={oblasts}
          rayons={rayons}
          aiylOkmots={aiylOkmots}
          selected={{ oblast: choices.oblast, rayon: choices.rayon, ao: choices.ao }}
          labels={{
            oblast: t('browse.oblast'),
            rayon: t('browse.rayon'),
            aiylOkmot: t('browse.aiylOkmot'),
            any: t('browse.any'),
            chooseOblastFirst: t('browse.chooseOblastFirst'),
            chooseRayonFirst: t('browse.chooseRayonFirst'),
          }}
        />
        <FilterSelect
          name="theme"
          label={t('browse.theme')}
          any={t('browse.any')}
          value={filters.theme ?? ''}
          options={themeOptions}
        />
        <FilterSelect
          name="partyType"
          label={t('browse.partyType')}
          any={t('browse.any')}
          value={filters.partyType ?? ''}
          options={partyTypes.map((p) => ({ value: p, label: enumLabel(te, 'partyType', p) }))}
        />
        <FilterSelect
          name="donor"
          label={t('browse.donor')}
          any={t('browse.any')}
          value={filters.donor ?? ''}
          options={donors
            .map((d) => ({ value: d.slug, label: name(d.name) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale))}
        />
        <YearRange
          from={one(raw.from) ?? ''}
          to={one(raw.to) ?? ''}
          labels={{ from: t('browse.from'), to: t('browse.to'), reversed: t('browse.yearsReversed') }}
        />
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-stone-700">{t('browse.words')}</span>
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ''}
            maxLength={200}
            className="min-h-11 rounded border border-stone-300 px-2 py-1.5"
          />
        </label>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            {t('browse.apply')}
          </button>
          {active ? (
            <Link href="/case-studies" className="text-brand-800 underline">
              {t('browse.clear')}
            </Link>
          ) : null}
        </div>
      </form>

      <p role="status" className="text-stone-700">
        {t('browse.found', { count: rows.length })}
      </p>
      <ul className="grid gap-3 md:grid-cols-2" data-results>
        {await Promise.all(
          rows.map(async (r) => (
            <li key={r.slug} className="rounded-lg border border-stone-200 bg-white p-4">
              <Link
                href={caseStudyHref(r.slug)}
                className="font-medium text-brand-800 underline-offset-2 hover:underline"
              >
                <LocalizedText value={r.title} locale={locale} sourceLocale={r.sourceLocale} />
              </Link>
              <p className="mt-1 text-sm text-stone-600">
                {r.primaryPlaces[0] ? <LocalizedText value={r.primaryPlaces[0].name} locale={locale} /> : null}
                {' · '}
                {await periodText(r.start, r.end, locale)}
              </p>
              <ThemeChips themes={r.themes} />
            </li>
          )),
        )}
      </ul>
      {!rows.length ? <p className="text-stone-700">{t('browse.noneFound')}</p> : null}
      <DownloadData
        kinds={['case-studies']}
        filter={Object.fromEntries(
          Object.entries({
            territory: filters.territory,
            theme: filters.theme,
            partyType: filters.partyType,
            donor: filters.donor,
            from: filters.yearFrom,
            to: filters.yearTo,
            q: filters.q,
          }).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
        )}
      />
    </div>
  )
}

function one(v: string | string[] | undefined) {
  return Array.isArray(v) ? v[0] : v
}
