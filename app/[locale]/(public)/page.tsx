import { getTranslations } from 'next-intl/server'
import { LocalizedText } from '@/components/ui/localized-text'
import { pageLocale } from '@/lib/i18n/page'
import { pickLocalized } from '@/lib/i18n/localized'
import { getRegistryTotals } from '@/lib/registry/queries'
import { listRegionsWithCounts } from '@/lib/territories/queries'

export const dynamic = 'force-dynamic'

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params)
  const [t, regions, totals] = await Promise.all([getTranslations('home'), listRegionsWithCounts(), getRegistryTotals()])
  const collator = new Intl.Collator(locale)
  const byName = (a: (typeof regions)[number], b: (typeof regions)[number]) =>
    collator.compare(pickLocalized(a.names, locale)?.text ?? a.code, pickLocalized(b.names, locale)?.text ?? b.code)
  const oblasts = regions.filter((r) => r.kind === 'OBLAST').sort(byName)
  const cities = regions.filter((r) => r.kind === 'REPUBLICAN_CITY').sort(byName)

  return (
    <div className="space-y-10">
      <section aria-labelledby="lead" className="max-w-3xl">
        <h1 id="lead" className="text-3xl font-semibold tracking-tight text-stone-950 sm:text-4xl">
          {(await getTranslations('meta'))('title')}
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-stone-700">{t('lead')}</p>
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures" className="sr-only">
          {t('figuresTitle')}
        </h2>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {(['caseStudies', 'partnerships', 'territories'] as const).map((key) => (
            <div key={key} className="rounded-lg border border-stone-200 bg-white px-4 py-3 text-lg font-medium text-stone-800">
              {t(key, { count: totals[key] })}
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="regions" className="space-y-4">
        <div>
          <h2 id="regions" className="text-2xl font-semibold text-stone-950">
            {t('regionsTitle')}
          </h2>
          <p className="mt-1 text-stone-700">{t('regionsLead')}</p>
        </div>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {[...oblasts, ...cities].map((r) => (
            <li key={r.code} data-territory={r.code} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <p className="text-xs font-medium uppercase tracking-wide text-stone-500">
                {r.kind === 'OBLAST' ? t('oblast') : t('city')}
              </p>
              <h3 className="mt-1 text-lg font-semibold text-stone-950">
                <LocalizedText value={r.names} locale={locale} />
              </h3>
              <p className="mt-2 text-xl font-semibold text-brand-800 tabular-nums">
                {t('regionCaseStudies', { count: r.caseStudies })}
              </p>
              <p className="text-sm text-stone-600">{t('regionPartnerships', { count: r.partnerships })}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
