import { getTranslations } from 'next-intl/server'
import { PartyName } from '@/components/records/contribution-ledger'
import { MemorandumCards } from '@/components/records/memorandum-card'
import { LocalizedText } from '@/components/ui/localized-text'
import { ThemeChips } from '@/components/ui/theme-chips'
import { formatMoney } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import { caseStudyHref, organizationHref, partnershipHref, programmeHref, projectHref } from '@/lib/i18n/paths'
import { periodText } from '@/lib/i18n/period'
import type { PublicGrant } from '@/lib/public/dto'
import type { ListedPartnership, ListedProject, ListedRecord } from '@/lib/public/lists'
import type { PublicMemorandum } from '@/lib/public/memoranda'

const item = 'rounded-lg border border-stone-200 bg-white px-4 py-3'
const linkCls = 'font-medium text-brand-800 underline-offset-2 hover:underline'
/** A link inside a line of text is underlined: colour alone does not tell it from the words around it. */
const inTextLinkCls = 'underline underline-offset-2 hover:no-underline'

/** The one shell of every public list: "none yet" when empty, else the items in the given layout. */
async function RecordList<T>({
  items,
  layout = 'stack',
  render,
  keyOf,
}: {
  items: T[]
  layout?: 'stack' | 'grid'
  render: (item: T) => React.ReactNode | Promise<React.ReactNode>
  keyOf: (item: T) => string
}) {
  const t = await getTranslations('lists')
  if (!items.length) return <p className="text-stone-600">{t('none')}</p>
  return (
    <ul className={layout === 'grid' ? 'grid gap-2 sm:grid-cols-2' : 'space-y-2'}>
      {await Promise.all(
        items.map(async (x) => (
          <li key={keyOf(x)} className={item}>
            {await render(x)}
          </li>
        )),
      )}
    </ul>
  )
}

export async function CaseStudyList({ items, locale }: { items: ListedRecord[]; locale: Locale }) {
  return (
    <RecordList
      items={items}
      layout="grid"
      keyOf={(c) => c.slug}
      render={(c) => (
        <Link href={caseStudyHref(c.slug)} className={linkCls}>
          <LocalizedText value={c.title} locale={locale} sourceLocale={c.sourceLocale} />
        </Link>
      )}
    />
  )
}

export async function PartnershipList({ items, locale }: { items: ListedPartnership[]; locale: Locale }) {
  const t = await getTranslations('lists')
  return (
    <RecordList
      items={items}
      keyOf={(p) => p.slug}
      render={async (p) => (
        <>
          <Link href={partnershipHref(p.slug)} className={linkCls}>
            <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />
          </Link>
          <p className="mt-1 text-sm text-stone-600">
            {await periodText(p.start, p.end, locale)}
            {p.lead ? (
              <>
                {' · '}
                {t('leadCso')}{' '}
                <Link href={organizationHref(p.lead.slug)} className={inTextLinkCls}>
                  <LocalizedText value={p.lead.name} locale={locale} />
                </Link>
              </>
            ) : null}
          </p>
          <ThemeChips themes={p.themes} />
        </>
      )}
    />
  )
}

export async function ProjectList({ items, locale }: { items: ListedProject[]; locale: Locale }) {
  const t = await getTranslations('lists')
  return (
    <RecordList
      items={items}
      keyOf={(p) => p.id}
      render={async (p) => (
        <>
          <Link href={projectHref(p.id)} className={linkCls}>
            <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />
          </Link>
          <p className="mt-1 text-sm text-stone-600">
            {p.start || p.end ? await periodText(p.start, p.end, locale) : (p.periodAsReported ?? t('periodUnknown'))}
            {p.partnership ? (
              <>
                {' · '}
                {t('partOf')}{' '}
                <Link href={partnershipHref(p.partnership.slug)} className={inTextLinkCls}>
                  <LocalizedText value={p.partnership.title} locale={locale} />
                </Link>
              </>
            ) : null}
          </p>
        </>
      )}
    />
  )
}

export async function MemorandumList({ items, locale }: { items: PublicMemorandum[]; locale: Locale }) {
  const t = await getTranslations('lists')
  if (!items.length) return <p className="text-stone-600">{t('none')}</p>
  return <MemorandumCards items={items} locale={locale} showPartnership />
}

export async function ProgrammeList({ items, locale }: { items: ListedRecord[]; locale: Locale }) {
  return (
    <RecordList
      items={items}
      keyOf={(p) => p.slug}
      render={(p) => (
        <Link href={programmeHref(p.slug)} className={linkCls}>
          <LocalizedText value={p.title} locale={locale} sourceLocale={p.sourceLocale} />
        </Link>
      )}
    />
  )
}

export async function GrantList({ items, locale }: { items: PublicGrant[]; locale: Locale }) {
  const t = await getTranslations('lists')
  return (
    <RecordList
      items={items}
      keyOf={(g) => g.id}
      render={async (g) => (
        <>
          {g.title ? (
            <p className="font-medium text-stone-900">
              <LocalizedText value={g.title} locale={locale} />
            </p>
          ) : null}
          <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-stone-900">
            <dt className="text-stone-600">{t('funder')}</dt>
            <dd>
              <PartyName party={{ organization: g.funder, asReported: null }} locale={locale} compact />
            </dd>
            <dt className="text-stone-600">{t('recipient')}</dt>
            <dd>
              <PartyName party={{ organization: g.recipient, asReported: null }} locale={locale} compact />
            </dd>
          </dl>
          <p className="text-sm text-stone-600">
            {g.withheld
              ? t('withheld')
              : g.amount
                ? formatMoney(g.amount.minor, g.amount.currency, locale)
                : t('amountNotStated')}
          </p>
        </>
      )}
    />
  )
}
