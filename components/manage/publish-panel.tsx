'use client'

import { useTranslations } from 'next-intl'
import { ActionForm, type FormAction } from '@/components/forms/action-form'
import { SubmitButton } from '@/components/forms/fields'
import { Link } from '@/lib/i18n/navigation'
import type { PublicationGroup } from '@/lib/publishing/contents'
import { PublishWithContents } from './publish-confirm'

/** Publish (optionally with everything below the record) or withdraw; the server re-checks everything. */
export function PublishPanel({
  status,
  publish,
  withdraw,
  withContents,
  previewHref,
  contents,
}: {
  status: string
  publish: FormAction
  withdraw: FormAction
  withContents?: boolean
  previewHref?: string
  /** What publishing with contents makes public: asked to confirm first. */
  contents?: PublicationGroup[]
}) {
  const t = useTranslations('manage.publishing')
  return (
    <div className="flex flex-wrap items-start gap-3 rounded-lg border border-stone-200 bg-white p-4">
      {/* As the "draft restored" notice: the sentence keeps a readable width, the buttons wrap under it. */}
      <p className="min-w-0 flex-[1_1_16rem] text-sm text-stone-700">
        {status === 'PUBLISHED' ? t('isPublished') : withContents ? t('isDraftWithContents') : t('isDraft')}
      </p>
      {previewHref && (
        <Link
          href={previewHref}
          className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100"
        >
          {t('preview')}
        </Link>
      )}
      {status === 'PUBLISHED' ? (
        <ActionForm action={withdraw} className="">
          <SubmitButton variant="secondary">{t('withdraw')}</SubmitButton>
        </ActionForm>
      ) : contents ? (
        <PublishWithContents publish={publish} groups={contents} />
      ) : (
        <ActionForm action={publish} className="">
          <SubmitButton>{withContents ? t('publishWithContents') : t('publish')}</SubmitButton>
        </ActionForm>
      )}
    </div>
  )
}
