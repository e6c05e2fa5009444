import { getTranslations } from 'next-intl/server'
import type { AgreementStatus, DatePrecision } from '@/lib/generated/prisma/enums'
import { enumLabel } from '@/lib/i18n/enums'
import { displayStatus, type DisplayStatus } from '@/lib/memoranda/status'

const tone = {
  active: 'bg-emerald-100 text-emerald-900',
  noEndDate: 'bg-emerald-100 text-emerald-900',
  expiring: 'bg-amber-100 text-amber-900',
  expired: 'bg-red-100 text-red-900',
  draft: 'bg-stone-200 text-stone-800',
  suspended: 'bg-amber-100 text-amber-900',
  terminated: 'bg-stone-200 text-stone-800',
  superseded: 'bg-stone-200 text-stone-800',
  unknown: 'bg-stone-100 text-stone-700',
} as const

/** A memorandum's status as it reads today in Bishkek: stored (draft, suspended, …) or from its expiry. */
export async function MemorandumStatus({
  m,
}: {
  /** A row (its status is worked out here) or a DTO that carries it already (lib/public/memoranda.ts). */
  m:
    | { status: AgreementStatus; expiryDate: Date | null; expiryPrecision: DatePrecision | null }
    | { status: AgreementStatus; display: DisplayStatus }
}) {
  const [t, te] = await Promise.all([getTranslations('memoranda.display'), getTranslations('enums')])
  const s = 'display' in m ? m.display : displayStatus(m)
  const label =
    s.kind === 'active'
      ? t('active', { days: s.daysLeft })
      : s.kind === 'expiring'
        ? t('expiring', { days: s.daysLeft })
        : s.kind === 'expired'
          ? t('expired', { days: s.daysAgo })
          : s.kind === 'noEndDate'
            ? t('noEndDate')
            : enumLabel(te, 'agreementStatus', m.status)
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${tone[s.kind]}`} data-status={s.kind}>
      {label}
    </span>
  )
}
