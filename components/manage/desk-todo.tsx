import { getTranslations } from 'next-intl/server'
import { DeskItemCard } from '@/components/confirmations/desk-item'
import { Empty, linkClass, Section, secondaryButtonClass } from '@/components/manage/ui'
import { MemorandumStatus } from '@/components/memoranda/memorandum-status'
import { LocalizedText } from '@/components/ui/localized-text'
import type { DeskItem, DisputeOfMine } from '@/lib/confirmations/queries'
import type { ConfirmableEntity } from '@/lib/confirmations/required'
import { formatDate } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import type { listMyMemoranda } from '@/lib/memoranda/queries'

type Memo = Awaited<ReturnType<typeof listMyMemoranda>>[number] & { canEdit: boolean }

/** Items shown in full on the desk; the rest wait on their partnerships' pages. */
const SHOWN = 25

/**
 * The top of the desk: a to-do list — records waiting for the body's answer, memoranda running out,
 * disputes the other side raised — then the records to answer, each with its form.
 */
export async function DeskTodo({
  toConfirm,
  expiring,
  disputes,
  locale,
}: {
  toConfirm: DeskItem[]
  expiring: Memo[]
  disputes: DisputeOfMine[]
  locale: Locale
}) {
  const t = await getTranslations('desk')
  const pending = toConfirm.filter((i) => i.state === 'PENDING' && i.canAnswer)
  const count = (entity: ConfirmableEntity) => pending.filter((i) => i.entity === entity).length
  const nothing = !pending.length && !expiring.length && !disputes.length
  return (
    <>
      <Section title={t('todoTitle')} id="todo">
        {nothing ? (
          <Empty>{t('nothingToDo')}</Empty>
        ) : (
          <ul className="list-disc space-y-2 pl-5 text-stone-800" data-todo>
            {(['Contribution', 'Outcome', 'Agreement'] as const).map((e) =>
              count(e) ? (
                <li key={e} data-todo-confirm={e}>
                  <Link href="#confirm" className={linkClass}>
                    {t(`confirmCount.${e}`, { count: count(e) })}
                  </Link>
                </li>
              ) : null,
            )}
            {expiring.map((m) => (
              <li key={m.id} data-todo-expiring={m.id}>
                <Link href={`/manage/memoranda/${m.id}`} className={linkClass}>
                  <LocalizedText value={m.subject} locale={locale} sourceLocale={m.sourceLocale} />
                </Link>{' '}
                <MemorandumStatus m={m} />{' '}
                {m.canEdit && (
                  <Link href={`/manage/memoranda/${m.id}/renew`} className={`${secondaryButtonClass} ml-1 !py-0.5`}>
                    {t('renew')}
                  </Link>
                )}
              </li>
            ))}
            {disputes.map((d) => (
              <li key={`${d.entity}-${d.id}`} data-todo-dispute={d.id}>
                {t('disputed', { date: formatDate(d.decidedAt, locale) })}{' '}
                <LocalizedText value={d.bodyName} locale={locale} />
                {': '}
                <Link href={d.href} className={linkClass}>
                  <LocalizedText value={d.title} locale={locale} />
                </Link>
                {d.comment && (
                  <span className="mt-1 block rounded border border-red-200 bg-red-50 px-2 py-1 text-sm whitespace-pre-line text-red-900">
                    {d.comment}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {toConfirm.length > 0 && (
        <Section title={t('confirmTitle', { count: toConfirm.length })} id="confirm">
          <p className="mb-3 text-sm text-stone-600">{t('confirmLead')}</p>
          <ul className="space-y-3">
            {toConfirm.slice(0, SHOWN).map((item) => (
              <DeskItemCard
                key={`${item.entity}-${item.id}-${item.organizationId}`}
                item={item}
                locale={locale}
                returnTo="/manage"
              />
            ))}
          </ul>
          {toConfirm.length > SHOWN && (
            <p className="mt-3 text-sm text-stone-600">{t('more', { count: toConfirm.length - SHOWN })}</p>
          )}
        </Section>
      )}
    </>
  )
}
