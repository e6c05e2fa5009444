'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { ActionForm, type FormAction } from '@/components/forms/action-form'
import { SubmitButton } from '@/components/forms/fields'
import type { PublicationGroup } from '@/lib/publishing/contents'

/**
 * "Publish with its contents" in two steps: the first click lists what becomes public (read from the
 * server with the page, by the same plan the publication follows); the second publishes.
 */
export function PublishWithContents({ publish, groups }: { publish: FormAction; groups: PublicationGroup[] }) {
  const t = useTranslations('manage.publishing')
  const [open, setOpen] = useState(false)
  const count = groups.reduce((n, g) => n + g.items.length, 0)
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-expanded={false}
        className="inline-flex items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-800"
      >
        {t('publishWithContents')}
      </button>
    )
  return (
    <section aria-labelledby="publish-confirm" className="w-full rounded-md border border-amber-300 bg-amber-50 p-3">
      <h2 id="publish-confirm" className="text-sm font-semibold text-stone-900">
        {t('confirmTitle', { count })}
      </h2>
      <ul className="mt-2 space-y-2 text-sm text-stone-800">
        {groups.map((g) => (
          <li key={g.entity} data-publishes={g.entity}>
            <span className="font-medium">{g.heading}</span>
            <ul className="ml-4 list-disc">
              {g.items.map((item, i) => (
                <li key={i} className="break-words">
                  {item}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-stone-600">{t('confirmNote')}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <ActionForm action={publish} className="">
          <SubmitButton>{t('confirmPublish', { count })}</SubmitButton>
        </ActionForm>
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-semibold text-stone-800 hover:bg-stone-100"
        >
          {t('confirmCancel')}
        </button>
      </div>
    </section>
  )
}
