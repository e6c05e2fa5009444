'use server'

import { AuthError } from 'next-auth'
import { getLocale } from 'next-intl/server'
import { anonymousAction } from '@/lib/actions/actor-action'
import type { FormState } from '@/lib/forms/state'
import { SignInInput } from '@/lib/users/schema'
import { signIn, signOut } from './config'
import { safeNextPath } from './next-path'

/** Credentials are checked by Auth.js (lib/auth/config.ts); a wrong pair is one message, never which part. */
export const signInAction = anonymousAction({
  entity: 'Session',
  input: SignInInput,
  mutate: async ({ input }) => input,
  onSuccess: async ({ email, password, next }): Promise<FormState> => {
    const locale = await getLocale()
    try {
      // Success is a redirect, thrown: it must leave this function.
      await signIn('credentials', { email, password, redirectTo: safeNextPath(next, locale) })
    } catch (e) {
      if (e instanceof AuthError)
        return {
          status: 'invalid',
          fieldErrors: {},
          formError: 'wrongCredentials',
          values: next ? { email, next } : { email },
        }
      throw e
    }
    return { status: 'idle' }
  },
})

export const signOutAction = anonymousAction({
  entity: 'Session',
  mutate: async () => null,
  onSuccess: async () => {
    await signOut({ redirectTo: `/${await getLocale()}` })
    return { status: 'idle' }
  },
})
