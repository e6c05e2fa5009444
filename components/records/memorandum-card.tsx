import { getTranslations } from 'next-intl/server'
import { documentSize } from '@/components/memoranda/document-size'
import { MemorandumStatus } from '@/components/memoranda/memorandum-status'
import { PartyName } from '@/components/records/contribution-ledger'
import { ConfirmedBadge } from '@/components/ui/confirmed-badge'
import { LocalizedText } from '@/components/ui/localized-text'
import { formatPartialDate } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import { partnershipHref } from '@/lib/i18n/paths'
import type { PartialDate } from '@/lib/public/dto'
import { memorandumAnchor, type MemorandumLink, type PublicMemorandum } from '@/lib/public/memoranda'

const linkCls = 'text-brand-800 underline underline-offset-2 hover:no-underline'

/**
 * A public memorandum: status as it reads today, "confirmed by both parties", dates, parties with who
 * signed for them, amendments and its renewal chain. `showPartnership` names the partnership it
 * belongs to (in lists of a place or an organization; not on the partnership's own page).
 */
export async function MemorandumCard({
  m,
  locale,
  showPartnership = false,
}: {
  m: PublicMemorandum
  locale: Locale
  showPartnership?: boolean
}) {
  const [tm, te, td] = await Promise.all([
    getTranslations('memoranda'),
    getTranslations('enums'),
    getTranslations('documents'),
  ])
  const date = (d: PartialDate | null) => (d ? formatPartialDate(d.date, d.precision, locale) : null)
  const facts = [
    [tm('fields.signedDate'), date(m.signed)],
    [tm('fields.effectiveDate'), date(m.effective)],
    // No expiry recorded is not "no end date": the status badge says that only of a memorandum in force.
    [tm('fields.expiryDate'), date(m.expiry)],
  ] as const
  return (
    <li
      id={memorandumAnchor(m.id)}
      className="scroll-mt-20 break-inside-avoid rounded-lg border border-stone-200 bg-white px-4 py-3"
      data-memorandum={m.id}
    >
      <div className="flex flex-wrap items-center gap-2">
        <p className="font-medium text-stone-900">{enumLabel(te, 'agreementKind', m.kind)}</p>
        <MemorandumStatus m={m} />
        {m.confirmedByBoth ? <ConfirmedBadge label={tm('public.confirmedByBoth')} /> : null}
      </div>
      <p className="text-stone-800">
        <LocalizedText value={m.subject} locale={locale} sourceLocale={m.sourceLocale} />
      </p>
      {showPartnership && m.partnership ? (
        <p className="text-sm">
          <Link href={partnershipHref(m.partnership.slug)} className={linkCls}>
            <LocalizedText value={m.partnership.title} locale={locale} />
          </Link>
        </p>
      ) : null}
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm text-stone-700">
        {facts.map(([label, value]) =>
          value ? (
            <div key={label} className="flex gap-1">
              <dt className="text-stone-600">{label}:</dt>
              <dd className="tabular-nums">{value}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {m.terminated ? (
        <p className="mt-1 text-sm text-stone-700">
          {m.terminated.date ? tm('terminatedOn', { date: date(m.terminated.date)! }) : null}{' '}
          {m.terminated.reason ? (
            <>
              {tm('public.reason')} <LocalizedText value={m.terminated.reason} locale={locale} />
            </>
          ) : null}
        </p>
      ) : null}
      {m.parties.length ? (
        <div className="mt-2 text-sm">
          <p className="text-stone-600">{tm('public.parties')}</p>
          <ul className="ml-4 list-disc text-stone-800">
            {m.parties.map((p, i) => (
              <li key={i}>
                <PartyName party={p} locale={locale} compact />
                {p.signatory ? (
                  <span className="text-stone-700">
                    {' — '}
                    {tm('public.signedFor', {
                      name: [p.signatory.name, p.signatory.title].filter(Boolean).join(', '),
                    })}
                    {p.signatory.signed ? ` ${tm('public.onDate', { date: date(p.signatory.signed)! })}` : null}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {m.amendments.length ? (
        <div className="mt-2 text-sm">
          <p className="text-stone-600">{tm('amendmentsTitle')}</p>
          <ol className="ml-4 text-stone-800">
            {m.amendments.map((a) => (
              <li key={a.number}>
                {tm('amendmentNumber', { n: a.number })}
                {a.date ? ` (${date(a.date)})` : null}
                {a.summary ? (
                  <>
                    {': '}
                    <LocalizedText value={a.summary} locale={locale} />
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {m.documents.length ? (
        <div className="mt-2 text-sm" data-public-documents>
          <p className="text-stone-600">{td('title')}</p>
          <ul className="ml-4 list-disc text-stone-800">
            {m.documents.map((d) => (
              <li key={d.id}>
                {/* A file served by a route handler, not a page: a plain link. */}
                <a href={`/api/documents/${d.id}`} className={linkCls}>
                  {d.fileName}
                </a>{' '}
                <span className="text-stone-600">
                  (
                  {[documentSize(td, d.byteSize, locale), d.amendment ? td('amendment', { n: d.amendment }) : null]
                    .filter(Boolean)
                    .join(', ')}
                  )
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {m.renews || m.renewedBy.length ? (
        <div className="mt-2 space-y-0.5 text-sm" data-renewal-chain>
          {m.renews ? <ChainLink label={tm('renews')} l={m.renews} locale={locale} date={date} /> : null}
          {m.renewedBy.map((r) => (
            <ChainLink key={r.id} label={tm('renewedBy')} l={r} locale={locale} date={date} />
          ))}
        </div>
      ) : null}
    </li>
  )
}

function ChainLink({
  label,
  l,
  locale,
  date,
}: {
  label: string
  l: MemorandumLink
  locale: Locale
  date: (d: PartialDate | null) => string | null
}) {
  const name = (
    <>
      <LocalizedText value={l.subject} locale={locale} sourceLocale={l.sourceLocale} />
      {l.signed ? ` (${date(l.signed)})` : null}
    </>
  )
  return (
    <p>
      <span className="text-stone-600">{label}</span>{' '}
      {l.partnershipSlug ? (
        <Link href={`${partnershipHref(l.partnershipSlug)}#${memorandumAnchor(l.id)}`} className={linkCls}>
          {name}
        </Link>
      ) : (
        name
      )}
    </p>
  )
}

/** Public memoranda as a list of cards. */
export function MemorandumCards({
  items,
  locale,
  showPartnership,
}: {
  items: PublicMemorandum[]
  locale: Locale
  showPartnership?: boolean
}) {
  return (
    <ul className="space-y-2" data-agreements>
      {items.map((m) => (
        <MemorandumCard key={m.id} m={m} locale={locale} showPartnership={showPartnership} />
      ))}
    </ul>
  )
}
