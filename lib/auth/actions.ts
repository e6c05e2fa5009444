'use server'

import { AuthError } from 'next-auth'
import { getLocale } from 'next-intl/server'
import { formValues } from '@/lib/forms/parse'
import { fieldErrorsOf, formDataToObject } from '@/lib/forms/parse'
import type { FormState } from '@/lib/forms/state'
import { SignInInput } from '@/lib/users/schema'
import { signIn, signOut } from './config'
import { safeNextPath } from './next-path'

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData.entries())
  delete values.password
  const parsed = SignInInput.safeParse(formDataToObject(formData.entries()))
  if (!parsed.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(parsed.error), values }
  const locale = await getLocale()
  try {
    // Success is a redirect, thrown: it must leave this function.
    await signIn('credentials', {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNextPath(parsed.data.next, locale),
    })
  } catch (e) {
    if (e instanceof AuthError) return { status: 'invalid', fieldErrors: {}, formError: 'wrongCredentials', values }
    throw e
  }
  return { status: 'idle' }
}

export async function signOutAction() {
  const locale = await getLocale()
  await signOut({ redirectTo: `/${locale}` })
}
