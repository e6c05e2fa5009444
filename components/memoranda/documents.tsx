import { getTranslations } from 'next-intl/server'
import { ButtonForm } from '@/components/forms/button-form'
import { DeleteForm } from '@/components/manage/delete-form'
import { Empty, Section } from '@/components/manage/ui'
import type { Actor } from '@/lib/auth/roles'
import { deleteDocumentAction, setDocumentPublicAction } from '@/lib/documents/actions'
import { listDocumentsOf } from '@/lib/documents/queries'
import { formatDate } from '@/lib/format'
import type { Locale } from '@/lib/i18n/locales'
import { documentSize } from './document-size'
import { DocumentUploadForm } from './document-upload-form'

const typeLabel: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' }

/**
 * The signed scans of a memorandum on its manage page: each with its download link (served by
 * /api/documents/[id], which checks the reader again), what it is attached to and whether it is public;
 * for those who may change the memorandum, the public switch, delete, and the upload form.
 */
export async function MemorandumDocuments({
  actor,
  agreementId,
  amendments,
  locale,
}: {
  actor: Actor
  agreementId: string
  amendments: { id: string; number: number }[]
  locale: Locale
}) {
  const t = await getTranslations('documents')
  const { documents, canManage } = await listDocumentsOf(actor, agreementId)
  const size = (bytes: number) => documentSize(t, bytes, locale)
  const attachedTo = (amendmentId: string | null) => {
    const a = amendmentId ? amendments.find((x) => x.id === amendmentId) : undefined
    return a ? t('amendment', { n: a.number }) : t('theMemorandum')
  }
  return (
    <Section title={t('title')} id="documents">
      <p className="mb-3 text-sm text-stone-600">{canManage ? t('leadManage') : t('leadRead')}</p>
      {documents.length === 0 ? (
        <Empty>{t('none')}</Empty>
      ) : (
        <ul className="divide-y divide-stone-100">
          {documents.map((d) => (
            <li key={d.id} className="space-y-2 py-3" data-document={d.id}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div className="min-w-0">
                  <a
                    href={`/api/documents/${d.id}`}
                    className="font-medium break-all text-brand-700 underline underline-offset-2 hover:text-brand-800"
                  >
                    {d.fileName}
                  </a>
                  <span className="block text-sm text-stone-600">
                    {[
                      attachedTo(d.amendmentId),
                      typeLabel[d.contentType] ?? d.contentType,
                      size(d.byteSize),
                      t('uploadedOn', { date: formatDate(d.createdAt, locale) }),
                    ].join(' · ')}
                  </span>
                </div>
                <span
                  className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${
                    d.isPublic ? 'bg-emerald-100 text-emerald-900' : 'bg-stone-100 text-stone-800'
                  }`}
                >
                  {d.isPublic ? t('public') : t('private')}
                </span>
              </div>
              {canManage && (
                <div className="flex flex-wrap items-start gap-3">
                  <ButtonForm action={setDocumentPublicAction.bind(null, d.id, !d.isPublic)}>
                    {d.isPublic ? t('makePrivate') : t('makePublic')}
                  </ButtonForm>
                  <DeleteForm
                    action={deleteDocumentAction.bind(null, d.id)}
                    label={t('delete')}
                    explanation={t('deleteExplanation')}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <div className="mt-4 space-y-2 border-t border-stone-100 pt-4">
          <h3 className="text-base font-semibold text-stone-900">{t('uploadTitle')}</h3>
          <p className="text-sm text-stone-600">{t('publicHint')}</p>
          <DocumentUploadForm agreementId={agreementId} amendments={amendments} />
        </div>
      )}
    </Section>
  )
}
