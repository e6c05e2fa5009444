'use client'

import { ActionForm, type FormAction } from '@/components/forms/action-form'
import { SubmitButton } from '@/components/forms/fields'

/** One button that runs a server action and shows its answer (an error, or "saved") beside it. */
export function ButtonForm({
  action,
  children,
  variant = 'secondary',
}: {
  action: FormAction
  children: React.ReactNode
  variant?: 'primary' | 'danger' | 'secondary'
}) {
  return (
    <ActionForm action={action} className="space-y-2">
      <SubmitButton variant={variant}>{children}</SubmitButton>
    </ActionForm>
  )
}
