// Small presentational pieces of the manage area (no data access).
import { getTranslations } from 'next-intl/server'
import { Section as BaseSection } from '@/components/ui/section'
import { enumLabel } from '@/lib/i18n/enums'

export function PageHeader({
  title,
  lead,
  actions,
  compact = false,
}: {
  title: React.ReactNode
  lead?: React.ReactNode
  actions?: React.ReactNode
  /** A form page on a phone: the lead waits for a wider screen, so the first field shows without scrolling. */
  compact?: boolean
}) {
  return (
    <div className={`${compact ? 'mb-3 sm:mb-6' : 'mb-6'} flex flex-wrap items-start justify-between gap-3`}>
      <div className="min-w-0">
        <h1 className={`${compact ? 'text-xl sm:text-2xl' : 'text-2xl'} font-semibold text-stone-950`}>{title}</h1>
        {lead && <p className={`mt-1 max-w-3xl text-stone-700 ${compact ? 'hidden sm:block' : ''}`}>{lead}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  )
}

/** A section of a manage page: a card, its actions beside the title. */
export function Section({
  actions,
  ...props
}: {
  title: React.ReactNode
  children: React.ReactNode
  actions?: React.ReactNode
  id?: string
}) {
  return <BaseSection {...props} aside={actions} card />
}

export async function StatusBadge({ status }: { status: 'DRAFT' | 'PUBLISHED' | string }) {
  const t = await getTranslations('enums')
  const cls = status === 'PUBLISHED' ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-900'
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${cls}`}>
      {enumLabel(t, 'publicationStatus', status === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT')}
    </span>
  )
}

export const buttonClass =
  'inline-flex items-center rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-800'
export const secondaryButtonClass =
  'inline-flex items-center rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-100'
export const linkClass = 'font-medium text-brand-700 underline-offset-2 hover:underline'

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-stone-600">{children}</p>
}

export function DefinitionList({ items }: { items: { label: React.ReactNode; value: React.ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[minmax(8rem,14rem)_1fr]">
      {items.map((item, i) => (
        <div key={i} className="contents">
          <dt className="text-sm font-medium text-stone-600">{item.label}</dt>
          <dd className="text-stone-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}
