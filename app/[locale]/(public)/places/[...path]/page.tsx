import { SuggestCorrection } from '@/components/suggestions/suggest-correction'
import { hasPublicLocalGovernment } from '@/lib/public/organizations'
import { TranslationNotice } from '@/components/records/translation-notice'
import type { Metadata } from 'next'
import { placeShareMetadata } from '@/lib/og/metadata'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { Breadcrumb } from '@/components/atlas/breadcrumb'
import { TerritoryCharts } from '@/components/atlas/territory-charts'
import { TerritoryMap } from '@/components/atlas/territory-map'
import {
  CaseStudyList,
  GrantList,
  MemorandumList,
  PartnershipList,
  ProgrammeList,
  ProjectList,
} from '@/components/atlas/record-lists'
import { DownloadData } from '@/components/export/download-data'
import { DataTable } from '@/components/ui/data-table'
import { LocalizedLink } from '@/components/ui/localized-link'
import { LocalizedText } from '@/components/ui/localized-text'
import { Section } from '@/components/ui/section'
import { Pager } from '@/components/atlas/pager'
import { loadPlacePageCached } from '@/lib/public/cached'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { pickLocalized } from '@/lib/i18n/localized'
import { Link } from '@/lib/i18n/navigation'
import { pageLocale } from '@/lib/i18n/page'
import { placeHref } from '@/lib/i18n/paths'
import {
  getTerritoryByPath,
  listTerritoriesWithCounts,
  subtreeLists,
  type Paged,
  type SubtreeList,
} from '@/lib/public/territories'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; path: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const Segments = z
  .array(z.string().regex(/^[a-z0-9-]{1,80}$/))
  .min(1)
  .max(3)
const Query = z.object({
  currency: z.enum(['KGS', 'USD']).catch('KGS'),
  // Donors may list only memoranda that every local government named in them has confirmed.
  confirmed: z
    .literal('1')
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
  // The page of each list (?partnerships=3); an invalid number is the first page.
  ...Object.fromEntries(subtreeLists.map((l) => [l, z.coerce.number().int().min(1).max(100_000).catch(1).optional()])),
}) as z.ZodType<{ currency: 'KGS' | 'USD'; confirmed: boolean } & Partial<Record<SubtreeList, number>>, unknown>

async function load(params: Props['params']) {
  const { path } = await params
  const segments = Segments.safeParse(path)
  if (!segments.success) notFound()
  const territory = await getTerritoryByPath(segments.data.join('/'))
  if (!territory) notFound()
  return territory
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const territory = await load(params)
  return placeShareMetadata(locale, territory)
}

export default async function PlacePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const territory = await load(params)
  const query = Query.parse(await searchParams)
  const { currency, confirmed } = query
  const pages = Object.fromEntries(subtreeLists.flatMap((l) => (query[l] ? [[l, query[l]]] : [])))
  const [t, te] = await Promise.all([getTranslations(), getTranslations('enums')])
  const { counts, children, records, money, direct, statedShares, shared, outcomes, activity } =
    await loadPlacePageCached({ id: territory.id, path: territory.path }, { confirmedOnly: confirmed, pages })
  const parent = territory.ancestors.at(-1) ?? null
  // A correction about a place goes to the local government that governs it, when it has a public record.
  const hasKeeper = await hasPublicLocalGovernment(territory.code)
  const isEmpty = counts.partnerships === 0 && counts.projects === 0 && counts.caseStudies === 0
  const name = pickLocalized(territory.names, locale)?.text ?? territory.code
  // The links of each list's pager keep the page's other parameters.
  const keep: Record<string, string> = {
    ...(currency === 'USD' ? { currency } : {}),
    ...(confirmed ? { confirmed: '1' } : {}),
    ...Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, String(v)])),
  }
  const pager = (list: SubtreeList, anchor: string, label: string, paged: Paged<unknown>) => (
    <Pager
      href={placeHref(territory.path)}
      query={keep}
      param={list}
      anchor={anchor}
      label={label}
      page={paged.page}
      pageSize={paged.pageSize}
      total={paged.total}
      locale={locale}
    />
  )

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <Breadcrumb
          locale={locale}
          crumbs={[
            ...territory.ancestors.map((a) => ({ href: placeHref(a.path), label: a.names })),
            { label: territory.names },
          ]}
        />
        <div>
          <p className="text-sm font-medium tracking-wide text-stone-500 uppercase">
            {enumLabel(te, 'territoryKind', territory.kind)}
            {parent ? (
              <>
                {' · '}
                {t('place.inParent', { parent: pickLocalized(parent.names, locale)?.text ?? parent.code })}
              </>
            ) : null}
          </p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight text-stone-950">
            <LocalizedText value={territory.names} locale={locale} />
          </h1>
          <p className="mt-1 text-sm text-stone-500">{t('place.code', { code: territory.code })}</p>
          <TranslationNotice entityIds={[territory.id]} locale={locale} subject="name" />
        </div>
        {territory.validTo ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">{t('place.abolished')}</p>
        ) : null}
        <section aria-label={t('place.figures')}>
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5">
            {(['caseStudies', 'partnerships', 'projects', 'memoranda', 'organizations'] as const).map((k) => (
              <li
                key={k}
                data-count={k}
                className="rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm font-medium text-stone-800"
              >
                {t(`place.counts.${k}`, { count: counts[k] })}
              </li>
            ))}
          </ul>
        </section>
      </header>

      <TerritoryMap territory={territory} childrenCounts={children} locale={locale} />

      {isEmpty ? (
        <EmptyState
          territoryName={name}
          parent={parent}
          siblings={territory.parentId ? await listTerritoriesWithCounts({ parentId: territory.parentId }) : []}
          locale={locale}
        />
      ) : null}

      {children.length ? (
        <Section id="children" title={t(`place.childrenTitle.${territory.level}` as 'place.childrenTitle.1')}>
          <DataTable
            look="boxed"
            columns={[
              { label: t('place.childName') },
              { label: t('place.childKind') },
              { label: t('place.childCaseStudies'), numeric: true },
              { label: t('place.childPartnerships'), numeric: true },
              { label: t('place.childProjects'), numeric: true },
            ]}
          >
            <tbody>
              {children
                .map((c) => ({ c, label: pickLocalized(c.names, locale)?.text ?? c.code }))
                .sort((a, b) => b.c.partnerships - a.c.partnerships || a.label.localeCompare(b.label, locale))
                .map(({ c }) => (
                  <tr key={c.code} className="border-t border-stone-100">
                    <th scope="row" className="px-3 py-2 font-normal">
                      <LocalizedLink href={placeHref(c.path)} value={c.names} locale={locale} />
                    </th>
                    <td className="px-3 py-2 text-stone-600">{enumLabel(te, 'territoryKind', c.kind)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{c.caseStudies}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{c.partnerships}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{c.projects}</td>
                  </tr>
                ))}
            </tbody>
          </DataTable>
        </Section>
      ) : null}

      {!isEmpty ? (
        <>
          <Section id="case-studies" title={t('lists.caseStudies')}>
            <CaseStudyList items={records.caseStudies.items} locale={locale} />
            {pager('caseStudies', 'case-studies', t('lists.caseStudies'), records.caseStudies)}
          </Section>
          <TerritoryCharts
            locale={locale}
            currency={currency}
            fileBase={territory.code}
            money={money}
            // Below the lowest level nothing is "direct": the total is all this place's own.
            direct={children.length ? direct.total : null}
            statedShares={statedShares}
            shared={shared}
            outcomes={outcomes}
            activity={activity}
          />
          <Section id="partnerships" title={t('lists.partnerships')}>
            <PartnershipList items={records.partnerships.items} locale={locale} />
            {pager('partnerships', 'partnerships', t('lists.partnerships'), records.partnerships)}
          </Section>
          <Section id="projects" title={t('lists.projects')}>
            <ProjectList items={records.projects.items} locale={locale} />
            {pager('projects', 'projects', t('lists.projects'), records.projects)}
          </Section>
          <Section id="memoranda" title={t('lists.memoranda')}>
            <p className="mb-2 text-sm">
              <Link
                href={`${placeHref(territory.path)}${filterQuery(currency, !confirmed)}#memoranda`}
                className="text-brand-800 underline underline-offset-2 hover:no-underline"
                data-confirmed-filter
              >
                {t(confirmed ? 'memoranda.public.all' : 'memoranda.public.confirmedOnly')}
              </Link>
            </p>
            {confirmed && !records.memoranda.total ? (
              <p className="text-stone-600">{t('memoranda.public.noneConfirmed')}</p>
            ) : (
              <MemorandumList items={records.memoranda.items} locale={locale} />
            )}
            {pager('memoranda', 'memoranda', t('lists.memoranda'), records.memoranda)}
          </Section>
          {records.programmes.total ? (
            <Section id="programmes" title={t('lists.programmes')}>
              <ProgrammeList items={records.programmes.items} locale={locale} />
              {pager('programmes', 'programmes', t('lists.programmes'), records.programmes)}
            </Section>
          ) : null}
          {records.grants.total ? (
            <Section id="grants" title={t('lists.grants')}>
              <GrantList items={records.grants.items} locale={locale} />
              {pager('grants', 'grants', t('lists.grants'), records.grants)}
            </Section>
          ) : null}
        </>
      ) : null}
      <DownloadData
        kinds={['projects', 'contributions', 'outcomes', 'grants', 'partnerships', 'programmes', 'organizations']}
        filter={{ territory: territory.code }}
      />
      {hasKeeper ? <SuggestCorrection target="place" recordKey={territory.code} /> : null}
    </div>
  )
}

async function EmptyState({
  territoryName,
  parent,
  siblings,
  locale,
}: {
  territoryName: string
  parent: { path: string; names: unknown } | null
  siblings: Awaited<ReturnType<typeof listTerritoriesWithCounts>>
  locale: Locale
}) {
  const t = await getTranslations('place.empty')
  const nearby = siblings.filter((s) => s.partnerships > 0).slice(0, 8)
  return (
    <section
      aria-labelledby="empty"
      className="space-y-3 rounded-lg border border-dashed border-stone-300 bg-white p-5"
    >
      <h2 id="empty" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-stone-700">{t('body', { name: territoryName })}</p>
      {nearby.length ? (
        <div>
          <h3 className="font-medium text-stone-800">{t('nearby')}</h3>
          <ul className="mt-1 flex flex-wrap gap-2">
            {nearby.map((s) => (
              <li key={s.code}>
                <Link
                  href={placeHref(s.path)}
                  className="inline-block rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100"
                >
                  <LocalizedText value={s.names} locale={locale} /> ({s.partnerships})
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {parent ? (
        <p>
          <Link href={placeHref(parent.path)} className="text-brand-700 underline">
            {t('parent', { name: pickLocalized(parent.names, locale)?.text ?? parent.path })}
          </Link>
        </p>
      ) : null}
      <p className="text-sm text-stone-600">{t('add')}</p>
    </section>
  )
}

/** The page's query with the memoranda filter on or off (the chosen currency kept). */
function filterQuery(currency: 'KGS' | 'USD', confirmed: boolean): string {
  const q = new URLSearchParams()
  if (currency === 'USD') q.set('currency', currency)
  if (confirmed) q.set('confirmed', '1')
  return q.size ? `?${q}` : ''
}
