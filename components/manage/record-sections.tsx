import { buttonClass, Empty, Section } from '@/components/manage/ui'
import { LocalizedText } from '@/components/ui/localized-text'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'

/**
 * A section of a manage record page that lists what the record holds (projects, lines, outcomes,
 * memoranda): its heading, a "new" button for those who may add to it, and the list or its empty text.
 */
export function RecordContentsSection({
  id,
  title,
  add,
  count,
  empty,
  children,
}: {
  id: string
  title: React.ReactNode
  /** The "new" button; absent (or false) for those who may not add. */
  add?: { href: string; label: React.ReactNode } | false
  count: number
  empty: React.ReactNode
  children: React.ReactNode
}) {
  return (
    <Section
      title={title}
      id={id}
      actions={
        add && (
          <Link href={add.href} className={buttonClass}>
            {add.label}
          </Link>
        )
      }
    >
      {count === 0 ? <Empty>{empty}</Empty> : children}
    </Section>
  )
}

/** The places a record covers, as chips; a record without any says so (it will not show on the map). */
export function RecordPlacesSection({
  title,
  emptyText,
  territories,
  locale,
}: {
  title: React.ReactNode
  emptyText: React.ReactNode
  territories: {
    territoryId: string
    territory: { code: string; name: React.ComponentProps<typeof LocalizedText>['value'] }
  }[]
  locale: Locale
}) {
  return (
    <RecordContentsSection id="places" title={title} count={territories.length} empty={emptyText}>
      <ul className="flex flex-wrap gap-2">
        {territories.map((pt) => (
          <li
            key={pt.territoryId}
            className="rounded-full border border-stone-300 bg-white px-3 py-1 text-sm"
            data-territory={pt.territory.code}
          >
            <LocalizedText value={pt.territory.name} locale={locale} />
          </li>
        ))}
      </ul>
    </RecordContentsSection>
  )
}
