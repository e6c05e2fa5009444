import { getTranslations } from 'next-intl/server'
import { LocalizedText } from '@/components/ui/localized-text'
import { ThemeChips } from '@/components/ui/theme-chips'
import { formatPartialDate, formatMoney, type DatePrecision } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import { caseStudyHref, organizationHref, partnershipHref, programmeHref, projectHref } from '@/lib/i18n/paths'

type L = { locale: Locale }
type Text = { title: unknown; sourceLocale: string }

function Empty({ text }: { text: string }) {
  return <p className="text-stone-600">{text}</p>
}

const item = 'rounded-lg border border-stone-200 bg-white px-4 py-3'
const linkCls = 'font-medium text-brand-800 underline-offset-2 hover:underline'

export async function CaseStudyList({ items, locale }: L & { items: (Text & { slug: string })[] }) {
  const t = await getTranslations('lists')
  if (!items.length) return <Empty text={t('none')} />
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {items.map((c) => (
        <li key={c.slug} className={item}>
          <Link href={caseStudyHref(c.slug)} className={linkCls}>
            <LocalizedText value={c.title} locale={locale} sourceLocale={c.sourceLocale as Locale} />
          </Link>
        </li>
      ))}
    </ul>
  )
}

type PeriodDates = {
  startDate: Date | null
  startPrecision: string | null
  endDate: Date | null
  endPrecision: string | null
}

export async function periodText(p: PeriodDates, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'lists' })
  const from = formatPartialDate(p.startDate, p.startPrecision as DatePrecision, locale)
  const to = formatPartialDate(p.endDate, p.endPrecision as DatePrecision, locale)
  if (from && to) return from === to ? from : t('period', { from, to })
  if (from) return t('since', { date: from })
  return t('periodUnknown')
}

export async function PartnershipList({
  items,
  locale,
}: L & {
  items: (Text & PeriodDates & { slug: string; themes: string[]; lead: { name: unknown; slug: string } | null })[]
}) {
  const t = await getTranslations()
  if (!items.length) return <Empty text={t('lists.none')} />
  return (
    <ul className="space-y-2">
      {await Promise.all(
        items.map(async (p) => (
          <li key={p.slug} className={item}>
            <Link href={partnershipHref(p.slug)} className={linkCls}>
              <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale as Locale} />
            </Link>
            <p className="mt-1 text-sm text-stone-600">
              {await periodText(p, locale)}
              {p.lead ? (
                <>
                  {' · '}
                  {t('lists.leadCso')}{' '}
                  <Link href={organizationHref(p.lead.slug)} className="underline-offset-2 hover:underline">
                    <LocalizedText value={p.lead.name} locale={locale} />
                  </Link>
                </>
              ) : null}
            </p>
            <ThemeChips themes={p.themes} />
          </li>
        )),
      )}
    </ul>
  )
}

export async function ProjectList({
  items,
  locale,
}: L & {
  items: (Text & {
    id: string
    periodAsReported: string | null
    partnership: { slug: string; title: unknown } | null
  })[]
}) {
  const t = await getTranslations('lists')
  if (!items.length) return <Empty text={t('none')} />
  return (
    <ul className="space-y-2">
      {items.map((p) => (
        <li key={p.id} className={item}>
          <Link href={projectHref(p.id)} className={linkCls}>
            <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale as Locale} />
          </Link>
          <p className="mt-1 text-sm text-stone-600">
            {p.periodAsReported ?? t('periodUnknown')}
            {p.partnership ? (
              <>
                {' · '}
                {t('partOf')}{' '}
                <Link href={partnershipHref(p.partnership.slug)} className="underline-offset-2 hover:underline">
                  <LocalizedText value={p.partnership.title} locale={locale} />
                </Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  )
}

export async function MemorandumList({
  items,
  locale,
}: L & {
  items: {
    id: string
    kind: string
    subject: unknown
    sourceLocale: string
    signedDate: Date | null
    signedPrecision: string | null
    status: string
    partnership: { slug: string; title: unknown } | null
  }[]
}) {
  const t = await getTranslations()
  if (!items.length) return <Empty text={t('lists.none')} />
  return (
    <ul className="space-y-2">
      {items.map((a) => {
        const signed = formatPartialDate(a.signedDate, a.signedPrecision as DatePrecision, locale)
        return (
          <li key={a.id} className={item}>
            <p className="font-medium text-stone-900">{t(`agreementKinds.${a.kind}` as 'agreementKinds.OTHER')}</p>
            <p className="text-stone-800">
              <LocalizedText value={a.subject} locale={locale} sourceLocale={a.sourceLocale as Locale} />
            </p>
            <p className="mt-1 text-sm text-stone-600">
              {signed ? t('lists.signed', { date: signed }) : t('lists.undated')} ·{' '}
              {t(`agreementStatus.${a.status}` as 'agreementStatus.UNKNOWN')}
              {a.partnership ? (
                <>
                  {' · '}
                  <Link
                    href={partnershipHref(a.partnership.slug)}
                    className="text-brand-700 underline-offset-2 hover:underline"
                  >
                    <LocalizedText value={a.partnership.title} locale={locale} />
                  </Link>
                </>
              ) : null}
            </p>
          </li>
        )
      })}
    </ul>
  )
}

export async function ProgrammeList({ items, locale }: L & { items: (Text & { slug: string })[] }) {
  const t = await getTranslations('lists')
  if (!items.length) return <Empty text={t('none')} />
  return (
    <ul className="space-y-2">
      {items.map((p) => (
        <li key={p.slug} className={item}>
          <Link href={programmeHref(p.slug)} className={linkCls}>
            <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale as Locale} />
          </Link>
        </li>
      ))}
    </ul>
  )
}

export async function GrantList({
  items,
  locale,
}: L & {
  items: {
    id: string
    title: unknown
    amountMinor: bigint | null
    currency: string | null
    amountWithheld: boolean
    funder: { name: unknown; slug: string }
    recipient: { name: unknown; slug: string }
  }[]
}) {
  const t = await getTranslations('lists')
  if (!items.length) return <Empty text={t('none')} />
  return (
    <ul className="space-y-2">
      {items.map((g) => (
        <li key={g.id} className={item}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-stone-900">
            <dt className="text-stone-600">{t('funder')}</dt>
            <dd>
              <Link href={organizationHref(g.funder.slug)} className={linkCls}>
                <LocalizedText value={g.funder.name} locale={locale} />
              </Link>
            </dd>
            <dt className="text-stone-600">{t('recipient')}</dt>
            <dd>
              <Link href={organizationHref(g.recipient.slug)} className={linkCls}>
                <LocalizedText value={g.recipient.name} locale={locale} />
              </Link>
            </dd>
          </dl>
          <p className="text-sm text-stone-600">
            {g.amountWithheld
              ? t('withheld')
              : g.amountMinor !== null && g.currency
                ? formatMoney(g.amountMinor, g.currency, locale)
                : null}
          </p>
        </li>
      ))}
    </ul>
  )
}
