import { getTranslations } from 'next-intl/server'
import { ConfirmPanel } from '@/components/confirmations/confirm-panel'
import { linkClass, StatusBadge } from '@/components/manage/ui'
import { ContributionValue } from '@/components/records/contribution-ledger'
import { LocalizedText } from '@/components/ui/localized-text'
import { answerConfirmationAction } from '@/lib/confirmations/actions'
import type { DeskItem } from '@/lib/confirmations/queries'
import { formatNumber } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'

/** Where the body's answer stands, in words and colour. */
export async function ConfirmationState({ state }: { state: DeskItem['state'] }) {
  const t = await getTranslations('confirmations')
  const cls = {
    PENDING: 'bg-amber-100 text-amber-900',
    CONFIRMED: 'bg-emerald-100 text-emerald-900',
    DISPUTED: 'bg-red-100 text-red-900',
  }[state]
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${cls}`} data-confirmation={state}>
      {t(`states.${state}`)}
    </span>
  )
}

/**
 * One record a body is asked to confirm: what it says (an amount another organization withheld stays
 * withheld), who entered it, where the body's answer stands, and the answer form for its officials.
 */
export async function DeskItemCard({ item, locale, returnTo }: { item: DeskItem; locale: Locale; returnTo: string }) {
  const [t, te] = await Promise.all([getTranslations('confirmations'), getTranslations('enums')])
  return (
    <li
      id={`item-${item.id}`}
      className="space-y-3 rounded-md border border-stone-200 bg-white p-3"
      data-desk-item={item.entity}
      data-state={item.state}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-1">
          <p className="text-xs font-semibold tracking-wide text-stone-500 uppercase">{t(`entities.${item.entity}`)}</p>
          {item.entity === 'Contribution' && (
            <>
              <p className="font-medium text-stone-900">
                {enumLabel(te, 'contributionKind', item.line.kind)} ·{' '}
                <LocalizedText value={item.projectTitle} locale={locale} />
              </p>
              <ContributionValue c={item.line} locale={locale} />
            </>
          )}
          {item.entity === 'Outcome' && (
            <>
              <p className="font-medium text-stone-900">
                <LocalizedText value={item.outcome.indicator} locale={locale} />
              </p>
              <p className="text-sm text-stone-800 tabular-nums">
                {formatNumber(item.outcome.value, locale)} <LocalizedText value={item.outcome.unit} locale={locale} /> ·{' '}
                <LocalizedText value={item.projectTitle} locale={locale} />
              </p>
            </>
          )}
          {item.entity === 'Agreement' && (
            <p className="font-medium">
              <Link href={`/manage/memoranda/${item.id}`} className={linkClass}>
                <LocalizedText value={item.title} locale={locale} />
              </Link>
            </p>
          )}
          <p className="text-xs text-stone-600">
            {t('enteredBy')} <LocalizedText value={item.enteredBy} locale={locale} /> · {t('forBody')}{' '}
            <LocalizedText value={item.bodyName} locale={locale} />
          </p>
        </div>
        <span className="flex items-center gap-2">
          <StatusBadge status={item.publicationStatus} />
          <ConfirmationState state={item.state} />
        </span>
      </div>
      {item.state === 'DISPUTED' && item.comment && (
        <p className="rounded border border-red-200 bg-red-50 px-2 py-1 text-sm whitespace-pre-line text-red-900">
          {t('yourComment')} {item.comment}
        </p>
      )}
      {item.canAnswer ? (
        <ConfirmPanel
          action={answerConfirmationAction.bind(null, item.entity, item.id, returnTo)}
          state={item.state}
          comment={item.comment}
        />
      ) : (
        <p className="text-xs text-stone-600">{t('officialsOnly')}</p>
      )}
    </li>
  )
}
