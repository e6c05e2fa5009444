import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { Pager } from '@/components/atlas/pager'
import { Empty, linkClass, PageHeader, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords } from '@/lib/auth/roles'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import { messageTitle, pageLocale } from '@/lib/i18n/page'
import { translationQueue } from '@/lib/translations/queue'

export const generateMetadata = messageTitle('manage', 'translations.title')

const PAGE_SIZE = 50

/** An editor's translation queue: the texts of their records that lack a language or are out of date. */
export default async function TranslationQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string }>
}) {
  const locale = await pageLocale(params)
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? '1', 10) || 1)
  const actor = await requireActor('/manage/translations')
  if (!canCreateRecords(actor)) notFound()
  const [t, te, { total, items }] = await Promise.all([
    getTranslations('manage'),
    getTranslations('enums'),
    translationQueue(actor, { page, pageSize: PAGE_SIZE }),
  ])
  const languages = (ls: readonly Locale[]) => ls.map((l) => enumLabel(te, 'locale', l)).join(', ')
  return (
    <div className="space-y-6">
      <PageHeader title={t('translations.title')} lead={t('translations.lead')} />
      <Section title={t('translations.count', { count: total })} id="queue">
        {items.length === 0 ? (
          <Empty>{t('translations.empty')}</Empty>
        ) : (
          <ul className="divide-y divide-stone-100" data-translation-queue>
            {items.map((item) => (
              <li key={`${item.entity}:${item.id}`} className="space-y-1 py-3" data-queue-item={item.id}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="min-w-0">
                    <span className="mr-2 text-xs tracking-wide text-stone-500 uppercase">
                      {t(`audit.entities.${item.entity}`)}
                    </span>
                    <LocalizedText value={item.label} locale={locale} sourceLocale={item.sourceLocale} />
                  </span>
                  <Link href={item.href} className={linkClass}>
                    {t('translations.open')}
                  </Link>
                </div>
                <ul className="text-sm text-stone-700">
                  {item.fields.map((f) => (
                    <li key={f.field}>
                      <span className="font-medium">{t(`translations.field.${f.field}`)}</span>
                      {f.missing.length ? ` · ${t('translations.missing', { languages: languages(f.missing) })}` : ''}
                      {f.outdated.length
                        ? ` · ${t('translations.outdated', { languages: languages(f.outdated) })}`
                        : ''}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-3">
          <Pager
            href="/manage/translations"
            query={{}}
            param="page"
            anchor="queue"
            label={t('translations.title')}
            page={page}
            pageSize={PAGE_SIZE}
            total={total}
            locale={locale}
          />
        </div>
      </Section>
    </div>
  )
}
