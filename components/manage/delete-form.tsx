'use client'

import { useTranslations } from 'next-intl'
import { ActionForm, type FormAction } from '@/components/forms/action-form'
import { SubmitButton } from '@/components/forms/fields'

/** Deleting asks twice: the button sits inside a disclosure that says what will happen. */
export function DeleteForm({ action, label, explanation }: { action: FormAction; label: string; explanation: string }) {
  const t = useTranslations('manage.form')
  return (
    <details className="rounded-md border border-red-200 bg-red-50/50 p-3">
      <summary className="cursor-pointer text-sm font-medium text-red-800">{label}</summary>
      <ActionForm action={action} className="mt-3 space-y-3">
        <p className="text-sm text-stone-700">{explanation}</p>
        <SubmitButton variant="danger">{t('confirmDelete')}</SubmitButton>
      </ActionForm>
    </details>
  )
}
