'use client'

import { clearAllDrafts } from '@/components/forms/form-draft'

/** The sign-out form: a plain POST that works without JavaScript; with it, the drafts kept in this browser go too. */
export function SignOutForm({
  action,
  children,
}: {
  action: React.ComponentProps<'form'>['action']
  children: React.ReactNode
}) {
  return (
    <form action={action} onSubmit={clearAllDrafts}>
      {children}
    </form>
  )
}
