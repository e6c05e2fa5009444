import { getTranslations } from 'next-intl/server'
import { LocalizedLink } from '@/components/ui/localized-link'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { caseStudyHref, organizationHref, partnershipHref, projectHref } from '@/lib/i18n/paths'
import { searchPublic, type SearchEntity } from '@/lib/public/search'

export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = messageTitle('search', 'title')

const order: SearchEntity[] = ['caseStudy', 'partnership', 'organization', 'project']
const hrefOf: Record<SearchEntity, (slug: string) => string> = {
  caseStudy: caseStudyHref,
  partnership: partnershipHref,
  organization: organizationHref,
  project: projectHref,
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? ''
  const t = await getTranslations('search')
  const hits = q.trim() ? await searchPublic(q, { limit: 60 }) : []
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
          {t('found', { count: hits.length, q })}
        </p>
      ) : null}
      {order.map((entity) => {
        const group = hits.filter((h) => h.entity === entity)
        if (!group.length) return null
        return (
          <section key={entity} aria-labelledby={`group-${entity}`} className="space-y-2">
            <h2 id={`group-${entity}`} className="text-xl font-semibold">
              {t(`groups.${entity}`)}
            </h2>
            <ul className="space-y-1" data-group={entity}>
              {group.map((h) => (
                <li key={h.id}>
                  <LocalizedLink href={hrefOf[entity](h.slug)} value={h.title} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
