import { getTranslations } from 'next-intl/server'
import { ButtonForm } from '@/components/forms/button-form'
import { Empty, linkClass, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import { formatDateTime } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import { markSuggestionHandledAction } from '@/lib/suggestions/actions'
import type { SuggestionItem } from '@/lib/suggestions/queries'

/** The dashboard's "Suggested corrections": what readers sent about the actor's organizations' records. */
export async function SuggestionList({
  items,
  locale,
  manyOrganizations,
}: {
  items: SuggestionItem[]
  locale: Locale
  manyOrganizations: boolean
}) {
  const t = await getTranslations('suggestions')
  return (
    <Section title={t('dashboard.title')} id="suggestions">
      <p className="mb-3 text-sm text-stone-600">{t('dashboard.lead')}</p>
      {items.length === 0 ? (
        <Empty>{t('dashboard.empty')}</Empty>
      ) : (
        <ul className="divide-y divide-stone-100" data-suggestions>
          {items.map((s) => (
            <li key={s.id} className="space-y-1 py-3" data-suggestion={s.id}>
              <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span>
                  <span className="mr-2 text-xs tracking-wide text-stone-500 uppercase">
                    {t(`targets.${s.target}`)}
                  </span>
                  <Link href={s.href} className={linkClass}>
                    {s.href}
                  </Link>
                  {manyOrganizations ? (
                    <span className="ml-2 text-stone-600">
                      ·{' '}
                      <LocalizedText
                        value={s.organization.name}
                        locale={locale}
                        sourceLocale={s.organization.sourceLocale}
                      />
                    </span>
                  ) : null}
                </span>
                <span className="text-stone-500">
                  {t('dashboard.sent', { date: formatDateTime(s.createdAt, locale) })}
                </span>
              </div>
              <p className="whitespace-pre-line text-stone-800">{s.message}</p>
              <p className="text-sm text-stone-600">
                {t('dashboard.contact')}: {s.contactEmail ?? t('dashboard.noContact')}
              </p>
              {s.handledAt ? (
                <p className="text-sm text-emerald-800">
                  {t('dashboard.handled', { date: formatDateTime(s.handledAt, locale) })}
                </p>
              ) : (
                <ButtonForm action={markSuggestionHandledAction.bind(null, s.id)}>
                  {t('dashboard.markHandled')}
                </ButtonForm>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
