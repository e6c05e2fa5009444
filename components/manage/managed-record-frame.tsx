import { ManagedRecordHeader } from '@/components/manage/managed-record-header'
import { DeletedBanner, SavedBanner } from '@/components/manage/saved-banner'
import { DefinitionList, linkClass, Section } from '@/components/manage/ui'
import { Link } from '@/lib/i18n/navigation'
import type { PageQuery } from '@/lib/manage/record-page'

type HeaderProps = React.ComponentProps<typeof ManagedRecordHeader>

/**
 * The one frame of every manage record page: the way back to its list, the "saved" and "deleted"
 * notices, the header (title, status, history, edit, publish), the record's details as a definition
 * list, then whatever sections the record has.
 */
export function ManagedRecordFrame({
  back,
  query,
  header,
  details,
  children,
}: {
  back: { href: string; label: React.ReactNode }
  query: PageQuery
  header: Omit<HeaderProps, 'query'>
  details: { title: string; items: React.ComponentProps<typeof DefinitionList>['items'] }
  children?: React.ReactNode
}) {
  return (
    <div className="space-y-6">
      <p>
        <Link href={back.href} className={linkClass}>
          ← {back.label}
        </Link>
      </p>
      <SavedBanner query={query} />
      <DeletedBanner query={query} />
      <ManagedRecordHeader {...header} query={query} />
      <Section title={details.title} id="details">
        <DefinitionList items={details.items} />
      </Section>
      {children}
    </div>
  )
}
