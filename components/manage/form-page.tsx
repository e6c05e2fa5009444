import { linkClass, PageHeader } from '@/components/manage/ui'
import { Link } from '@/lib/i18n/navigation'

/**
 * The one frame of every manage form page (new, edit, a memorandum's steps): the way back, the title
 * and lead, the form in its card, then whatever panels follow it (publish, delete). The page itself
 * loads the data and starts with its own actor guard; this only lays it out.
 */
export function FormPage({
  back,
  title,
  lead,
  children,
  after,
}: {
  back?: { href: string; label: React.ReactNode }
  title: React.ReactNode
  lead?: React.ReactNode
  children: React.ReactNode
  /** Panels below the form; with them, the page's parts are spaced evenly. */
  after?: React.ReactNode
}) {
  const backLink = back && (
    <p className={after ? undefined : 'mb-2'}>
      <Link href={back.href} className={linkClass}>
        ← {back.label}
      </Link>
    </p>
  )
  return (
    <div className={after ? 'space-y-6' : undefined}>
      {backLink}
      <PageHeader title={title} lead={lead} compact />
      <div className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">{children}</div>
      {after}
    </div>
  )
}
