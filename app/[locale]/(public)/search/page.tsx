import { getTranslations } from 'next-intl/server'
import { LocalizedLink } from '@/components/ui/localized-link'
import { LocalizedText } from '@/components/ui/localized-text'
import { enumLabel } from '@/lib/i18n/enums'
import { pageLocale } from '@/lib/i18n/page'
import { messageShare } from '@/lib/og/metadata'
import { caseStudyHref, organizationHref, partnershipHref, placeHref, projectHref } from '@/lib/i18n/paths'
import { periodText } from '@/lib/i18n/period'
import { searchPlaces, searchPublic, type SearchEntity } from '@/lib/public/search'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = messageShare('search', 'title', '/search')

const hrefOf: Record<SearchEntity, (slug: string) => string> = {
  caseStudy: caseStudyHref,
  partnership: partnershipHref,
  organization: organizationHref,
  project: projectHref,
}

/** How many records a search shows: the ranking puts what the query names first, the rest is a long tail. */
const LIMIT = 40

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? ''
  const [t, te] = await Promise.all([getTranslations('search'), getTranslations('enums')])
  const [places, hits] = q.trim() ? await Promise.all([searchPlaces(q), searchPublic(q, { limit: LIMIT })]) : [[], []]
  const count = places.length + hits.length
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight text-stone-950">{t('title')}</h1>
      <form method="get" role="search" className="flex max-w-2xl gap-2">
        <label htmlFor="q" className="sr-only">
          {t('label')}
        </label>
        <input
          id="q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          placeholder={t('placeholder')}
          className="min-w-0 flex-1 rounded border border-stone-300 px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t('submit')}
        </button>
      </form>
      <p className="text-sm text-stone-600">{t('hint')}</p>
      {q.trim() ? (
        <p role="status" className="text-stone-700">
          {t('found', { count, q })}
          {hits.length === LIMIT ? ` ${t('firstOnly', { count: LIMIT })}` : null}
        </p>
      ) : null}
      {count ? (
        <ol className="max-w-3xl divide-y divide-stone-200" data-results>
          {places.map((p) => (
            <Result
              key={p.code}
              entity="place"
              link={<LocalizedLink href={placeHref(p.path)} value={p.name} locale={locale} />}
              kind={enumLabel(te, 'territoryKind', p.kind)}
              place={p.parent ? <LocalizedText value={p.parent.name} locale={locale} /> : null}
            />
          ))}
          {await Promise.all(
            hits.map(async (h) => (
              <Result
                key={`${h.entity}:${h.id}`}
                entity={h.entity}
                link={<LocalizedLink href={hrefOf[h.entity](h.slug)} value={h.title} locale={locale} />}
                kind={
                  h.organizationKind ? enumLabel(te, 'organizationKind', h.organizationKind) : t(`kinds.${h.entity}`)
                }
                place={h.place ? <LocalizedText value={h.place.name} locale={locale} /> : null}
                years={h.entity === 'organization' ? null : await periodText(h.start, h.end, locale)}
              />
            )),
          )}
        </ol>
      ) : null}
    </div>
  )
}

/** One result: its link, then what kind of record it is, where and when. */
function Result({
  entity,
  link,
  kind,
  place,
  years,
}: {
  entity: SearchEntity | 'place'
  link: React.ReactNode
  kind: string
  place: React.ReactNode
  years?: string | null
}) {
  return (
    <li className="py-3" data-entity={entity}>
      <div className="font-medium">{link}</div>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700" data-kind>
          {kind}
        </span>
        {place ? <span data-place>{place}</span> : null}
        {years ? <span data-years>{years}</span> : null}
      </p>
    </li>
  )
}
