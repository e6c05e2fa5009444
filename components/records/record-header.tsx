import { LocalizedText } from '@/components/ui/localized-text'
import type { Locale } from '@/lib/i18n/locales'

/** Kind label, title and a line of facts: the top of every record page. */
export function RecordHeader({
  kicker,
  title,
  sourceLocale,
  locale,
  children,
}: {
  kicker: string
  title: unknown
  sourceLocale?: string
  locale: Locale
  children?: React.ReactNode
}) {
  return (
    <header className="space-y-2">
      <p className="text-sm font-medium tracking-wide text-stone-500 uppercase">{kicker}</p>
      <h1 className="text-3xl font-semibold tracking-tight text-stone-950">
        <LocalizedText value={title} locale={locale} sourceLocale={sourceLocale as Locale} />
      </h1>
      {children}
    </header>
  )
}

/** A definition list of facts, in two columns on wide screens. */
export function Facts({ items }: { items: [string, React.ReactNode][] }) {
  const shown = items.filter(([, v]) => v !== null && v !== undefined && v !== '')
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {shown.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-sm text-stone-600">{k}</dt>
          <dd className="text-stone-900">{v}</dd>
        </div>
      ))}
    </dl>
  )
}
