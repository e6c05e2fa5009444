import { getLocale, getTranslations } from 'next-intl/server'
import { PublishPanel } from '@/components/manage/publish-panel'
import { PublishedBanner } from '@/components/manage/published-banner'
import { buttonClass, PageHeader, secondaryButtonClass, StatusBadge } from '@/components/manage/ui'
import { auditEntities } from '@/lib/audit-trail/filters'
import { requireActor } from '@/lib/auth/actor'
import type { Locale } from '@/lib/i18n/locales'
import { Link } from '@/lib/i18n/navigation'
import { historyEntities } from '@/lib/public/history'
import { setPublicationAction } from '@/lib/publishing/actions'
import { describePublication } from '@/lib/publishing/contents'
import type { PublishableEntity } from '@/lib/publishing/mutations'

/** The entities with a manage record page (the audit trail knows where each one's page is). */
type RecordPageEntity = Exclude<PublishableEntity, 'Contribution' | 'Outcome'>

/**
 * The top of every manage record page: title with status, history and edit links, the "published"
 * notice, and (for those who may edit) the publish / withdraw panel bound to the version read.
 */
export async function ManagedRecordHeader({
  title,
  lead,
  entity,
  record,
  canEdit,
  query,
  withContents = false,
  previewHref,
}: {
  title: React.ReactNode
  lead?: string
  entity: RecordPageEntity
  /** The record as read: its publication status and the version the publish panel is bound to. */
  record: { id: string; publicationStatus: string; version: number; title?: unknown }
  canEdit: boolean
  query: Record<string, string | string[] | undefined>
  /** Publishing also publishes the record's contents (partnership → projects → lines). */
  withContents?: boolean
  previewHref?: string
}) {
  const t = await getTranslations('manage')
  const { id, publicationStatus: status, version } = record
  const back = auditEntities[entity](id)
  // What "publish with its contents" would make public, read now by the plan the publication follows.
  const contents =
    canEdit && withContents && status !== 'PUBLISHED' && (entity === 'Partnership' || entity === 'Project')
      ? await describePublication(await requireActor(), entity, id, record.title, (await getLocale()) as Locale)
      : undefined
  const historySegment = Object.keys(historyEntities).find((segment) => historyEntities[segment] === entity)
  return (
    <>
      <PageHeader
        title={title}
        lead={lead}
        actions={
          <>
            <StatusBadge status={status} />
            <Link href={`/history/${historySegment}/${id}`} className={secondaryButtonClass}>
              {t('form.history')}
            </Link>
            {canEdit && (
              <Link href={`${back}/edit`} className={buttonClass}>
                {t('form.edit')}
              </Link>
            )}
          </>
        }
      />
      <PublishedBanner query={query} />
      {canEdit && (
        <PublishPanel
          status={status}
          publish={setPublicationAction.bind(null, entity, id, version, 'PUBLISHED', withContents, back)}
          withdraw={setPublicationAction.bind(null, entity, id, version, 'DRAFT', false, back)}
          withContents={withContents || undefined}
          contents={contents}
          previewHref={previewHref}
        />
      )}
    </>
  )
}
