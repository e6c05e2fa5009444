import { linkClass, PageHeader } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import type { MemorandumForEdit } from '@/lib/memoranda/queries'

/** The frame of a memorandum's edit, amend, renew and terminate pages: the way back, a title, the form. */
export function StepFrame({
  m,
  locale,
  title,
  lead,
  children,
}: {
  m: MemorandumForEdit
  locale: Locale
  title: string
  lead?: string
  children: React.ReactNode
}) {
  return (
    <div>
      <p className="mb-2">
        <Link href={`/manage/memoranda/${m.id}`} className={linkClass}>
          ← <LocalizedText value={m.subject} locale={locale} sourceLocale={m.sourceLocale} />
        </Link>
      </p>
      <PageHeader title={title} lead={lead} />
      <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">{children}</div>
    </div>
  )
}
